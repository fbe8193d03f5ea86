import { ErrorCode } from '@sinergi/contracts';

type Entry = { status: number; en: string; id: string };

/** The one place where an error code gets its HTTP status and its default messages. */
export const ERROR_CATALOG: Record<ErrorCode, Entry> = {
  VALIDATION_FAILED: { status: 400, en: 'The request is not valid.', id: 'Permintaan tidak valid.' },
  MALFORMED_JSON: { status: 400, en: 'The request body is not valid JSON.', id: 'Isi permintaan bukan JSON yang valid.' },
  PAYLOAD_TOO_LARGE: { status: 413, en: 'The request is too large.', id: 'Permintaan terlalu besar.' },
  ROUTE_NOT_FOUND: { status: 404, en: 'There is no such route.', id: 'Alamat tidak ditemukan.' },
  UNAUTHENTICATED: { status: 401, en: 'Please log in.', id: 'Silakan masuk terlebih dahulu.' },
  INVALID_CREDENTIALS: {
    status: 401,
    en: 'The e-mail or password is wrong.',
    id: 'E-mail atau kata sandi salah.',
  },
  FORBIDDEN: { status: 403, en: 'You are not allowed to do this.', id: 'Anda tidak berwenang melakukan ini.' },
  PLATFORM_ADMIN_REQUIRED: {
    status: 403,
    en: 'Only platform administrators may do this.',
    id: 'Hanya administrator platform yang dapat melakukan ini.',
  },
  NOT_A_MEMBER: {
    status: 403,
    en: 'You have no access to this region.',
    id: 'Anda tidak memiliki akses ke daerah ini.',
  },
  TENANT_NOT_FOUND: { status: 404, en: 'There is no such region on Sinergi.', id: 'Daerah tidak terdaftar di Sinergi.' },
  TENANT_SUSPENDED: {
    status: 403,
    en: 'This region is suspended or archived.',
    id: 'Daerah ini sedang dibekukan atau diarsipkan.',
  },
  TENANT_EXISTS: { status: 409, en: 'This region or slug is already onboarded.', id: 'Daerah atau slug ini sudah terdaftar.' },
  TENANT_STATUS_UNCHANGED: {
    status: 409,
    en: 'The tenant already has this status.',
    id: 'Status daerah sudah seperti itu.',
  },
  REGION_NOT_FOUND: {
    status: 400,
    en: 'There is no region with this Kemendagri code.',
    id: 'Tidak ada daerah dengan kode Kemendagri ini.',
  },
  REGION_CODE_MALFORMED: {
    status: 400,
    en: 'A region code looks like 18.13 (kabupaten/kota) or 18 (province).',
    id: 'Kode daerah berbentuk 18.13 (kabupaten/kota) atau 18 (provinsi).',
  },
  SLUG_INVALID: {
    status: 400,
    en: 'A slug has 3-63 lower-case letters, digits and single hyphens.',
    id: 'Slug terdiri dari 3-63 huruf kecil, angka dan tanda hubung tunggal.',
  },
  TEMPLATE_TENANT_NOT_FOUND: {
    status: 400,
    en: 'The tenant to start from does not exist.',
    id: 'Daerah yang dijadikan acuan tidak ada.',
  },
  TENANT_CONTEXT_MISSING: {
    status: 500,
    en: 'Tenant data was reached outside a tenant transaction.',
    id: 'Data daerah diakses di luar transaksi daerah.',
  },
  RESET_TOKEN_INVALID: {
    status: 400,
    en: 'This reset link is unknown, used or expired: ask for a new one.',
    id: 'Tautan atur ulang ini tidak dikenal, sudah dipakai atau kedaluwarsa: mintalah yang baru.',
  },
  INVITATION_NOT_FOUND: {
    status: 404,
    en: 'This invitation does not exist.',
    id: 'Undangan ini tidak ada.',
  },
  INVITATION_EXPIRED: {
    status: 410,
    en: 'This invitation has expired: ask for a new one.',
    id: 'Undangan ini sudah kedaluwarsa: mintalah undangan baru.',
  },
  INVITATION_USED: { status: 409, en: 'This invitation was already accepted.', id: 'Undangan ini sudah diterima.' },
  PASSWORD_TOO_WEAK: {
    status: 400,
    en: 'The password needs at least 10 characters, with letters and digits.',
    id: 'Kata sandi minimal 10 karakter, berisi huruf dan angka.',
  },
  DELEGATION_INVALID: {
    status: 422,
    en: 'This delegation is not possible: the delegator must hold the role and both must be members.',
    id: 'Pelimpahan ini tidak dapat dibuat: pemberi harus memegang peran itu dan keduanya harus anggota.',
  },
  DELEGATION_NOT_FOUND: { status: 404, en: 'There is no such delegation.', id: 'Pelimpahan tidak ditemukan.' },
  ROLE_NOT_FOUND: { status: 400, en: 'There is no such role in this region.', id: 'Peran ini tidak ada di daerah ini.' },
  ROLE_BUILTIN: {
    status: 422,
    en: 'Built-in roles cannot be changed or removed; define a role of your own instead.',
    id: 'Peran bawaan tidak dapat diubah atau dihapus; buatlah peran sendiri.',
  },
  ROLE_IN_USE: {
    status: 409,
    en: 'Members still have this role: give them another one first.',
    id: 'Masih ada anggota dengan peran ini: berikan peran lain terlebih dahulu.',
  },
  ALREADY_A_MEMBER: {
    status: 409,
    en: 'This person is already a member of this region.',
    id: 'Orang ini sudah menjadi anggota daerah ini.',
  },
  MEMBER_NOT_FOUND: { status: 404, en: 'There is no such member.', id: 'Anggota tidak ditemukan.' },
  LAST_ADMIN: {
    status: 422,
    en: 'A region keeps at least one administrator.',
    id: 'Daerah harus tetap memiliki minimal satu administrator.',
  },
  TOTP_REQUIRED: {
    status: 401,
    en: 'Enter the code from your authenticator app.',
    id: 'Masukkan kode dari aplikasi autentikator Anda.',
  },
  TOTP_INVALID: { status: 400, en: 'That code is not right.', id: 'Kode itu tidak tepat.' },
  SECOND_FACTOR_REQUIRED: {
    status: 403,
    en: 'Your role here requires logging in with a second factor (authenticator app).',
    id: 'Peran Anda di sini mewajibkan masuk dengan faktor kedua (aplikasi autentikator).',
  },
  ACCOUNT_EXISTS: {
    status: 409,
    en: 'An account with this e-mail already exists: log in, or reset the password.',
    id: 'Sudah ada akun dengan e-mail ini: silakan masuk, atau atur ulang kata sandi.',
  },
  CONFIRMATION_INVALID: {
    status: 400,
    en: 'This confirmation link is unknown, used or expired.',
    id: 'Tautan konfirmasi ini tidak dikenal, sudah dipakai atau kedaluwarsa.',
  },
  NOT_MEDIA: { status: 403, en: 'This account belongs to no press company.', id: 'Akun ini tidak terdaftar pada perusahaan pers mana pun.' },
  ACCOUNT_LOCKED: {
    status: 423,
    en: 'Too many failed logins: this account is locked for a while. Try again later or reset the password.',
    id: 'Terlalu banyak percobaan masuk yang gagal: akun ini dikunci sementara. Coba lagi nanti atau atur ulang kata sandi.',
  },
  RATE_LIMITED: {
    status: 429,
    en: 'Too many attempts. Wait a minute and try again.',
    id: 'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
  },
  FILE_TOO_LARGE: { status: 413, en: 'The file is too large.', id: 'Berkas terlalu besar.' },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    en: 'Only PDF, JPEG and PNG files are accepted, checked by their content.',
    id: 'Hanya berkas PDF, JPEG dan PNG yang diterima, diperiksa dari isinya.',
  },
  FILE_NOT_FOUND: { status: 404, en: 'There is no such file.', id: 'Berkas tidak ditemukan.' },
  RESOURCE_NOT_FOUND: { status: 404, en: 'Not found.', id: 'Data tidak ditemukan.' },
  RULE_SET_INVALID: {
    status: 422,
    en: 'The rules are not valid; nothing was saved.',
    id: 'Aturan tidak valid; tidak ada yang disimpan.',
  },
  CONFIGURATION_NOT_PUBLISHED: {
    status: 422,
    en: 'This region has not published its configuration for the year.',
    id: 'Daerah ini belum menerbitkan konfigurasi untuk tahun tersebut.',
  },
  WINDOW_CLOSED: { status: 422, en: 'This is outside the window set by the region.', id: 'Di luar jadwal yang ditetapkan daerah.' },
  INVALID_TRANSITION: {
    status: 409,
    en: 'This step is not possible in the current state.',
    id: 'Langkah ini tidak dapat dilakukan pada status saat ini.',
  },
  STALE_VERSION: {
    status: 409,
    en: 'Someone changed this meanwhile; reload and try again.',
    id: 'Data ini telah diubah orang lain; muat ulang lalu coba lagi.',
  },
  APPLICATION_INCOMPLETE: {
    status: 422,
    en: 'The application is missing required documents.',
    id: 'Permohonan belum melampirkan dokumen wajib.',
  },
  OUTLET_BLOCKED: { status: 422, en: 'This outlet is blocked by the region.', id: 'Media ini sedang diblokir oleh daerah.' },
  PACK_NOT_FOUND: { status: 404, en: 'There is no such published configuration pack.', id: 'Paket konfigurasi tidak ditemukan.' },
  CONFLICT: { status: 409, en: 'The data changed meanwhile or already exists.', id: 'Data berubah atau sudah ada.' },
  DEPENDENCY_DOWN: { status: 503, en: 'A service Sinergi depends on is down.', id: 'Layanan pendukung sedang tidak tersedia.' },
  INTERNAL_ERROR: {
    status: 500,
    en: 'Something went wrong on our side.',
    id: 'Terjadi kesalahan di sisi kami.',
  },
};
