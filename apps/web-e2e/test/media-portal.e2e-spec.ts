import type { Application, LoginResponse, MediaMe, PartnershipConfiguration, StartingConfiguration } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, seriousA11yViolations, signIn, until, withScreenshot } from './support/browser';
import { client, login, startWebStack, type WebStack } from './support/stack';

const STEP_TIMEOUT = 90_000;
const TENANT = 'pesisir-barat';
const SECOND_TENANT = 'lampung-barat';
const CONFIRM_LINK = /http:\/\/[^\s]+\/confirm-email\/([\w-]{16,})/;
const INVITATION_LINK = /http:\/\/[^\s]+\/invitations\/([\w-]{40,})/;
const JOURNALIST = {
  name: 'Rahmat Hidayat',
  email: 'redaksi@kaltimdaily.id',
  password: 'Kaltim-Daily-2026',
  company: 'PT Kaltim Daily Media',
};
const YEAR = new Date().getFullYear();

/** An ISO date `offsetDays` from today in WIB, as the API computes its calendar. */
function wibDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
}

/** A small real PDF (the storage checks the bytes, not the name). */
function pdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\n${'x'.repeat(64_000)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

describe('Web app: a journalist on a phone, from sign-up to applications in two regions, in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack('web-media', { mail: true }), launchBrowser()]);
    await seedDemoTenants(stack.env.api.app, DEMO_TENANTS.filter((t) => t.slug === TENANT || t.slug === SECOND_TENANT));
    const context = await browser.newContext({
      baseURL: stack.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
  }, STEP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  /** The region's rules for the year (the permissive starting point), registration open since yesterday. */
  async function openRegistration(slug: string): Promise<void> {
    const admin = client(stack.url, await login(stack.url, demoAdminEmail(slug), DEMO_PASSWORD));
    const permissive = (await admin.get<StartingConfiguration[]>(`/api/t/${slug}/configurations/starting`)).body.find((c) => c.key === 'permissive')!;
    const saved = await admin.raw<PartnershipConfiguration>('PUT', `/api/t/${slug}/configurations/${YEAR}`, {
      legalBasis: permissive.legalBasis,
      owningUnit: 'Dinas Komunikasi dan Informatika',
      unitCode: 'DISKOMINFO',
      letterhead: { governmentName: `PEMERINTAH ${slug.toUpperCase()}`, unitName: 'DINAS KOMINFO', address: 'Jl. Merdeka 1', phone: null, email: null, website: null },
      agreementSignatory: { name: 'Drs. Kepala Dinas', nip: '197001011990031001', position: 'Kepala Dinas Komunikasi dan Informatika' },
      factualVisit: false,
      content: permissive.content,
      calendar: {
        registrationOpens: wibDate(-1),
        registrationCloses: wibDate(5),
        announcement: wibDate(6),
        objectionOpens: wibDate(7),
        objectionCloses: wibDate(8),
        final: wibDate(9),
      },
    });
    expect(saved.status).toBe(200);
  }

  const step = (name: string, body: () => Promise<void>) => it(name, () => withScreenshot(page, name, body), STEP_TIMEOUT);

  step('signs up, is asked to confirm the e-mail, confirms it through the mailed link and lands on the dossier', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Daftar di sini' }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftarkan perusahaan pers Anda' }).waitFor();
    await page.getByLabel('Nama lengkap', { exact: true }).fill(JOURNALIST.name);
    await page.getByLabel('E-mail', { exact: true }).fill(JOURNALIST.email);
    await page.getByLabel('Kata sandi', { exact: true }).fill(JOURNALIST.password);
    await page.getByLabel('Nama badan hukum', { exact: true }).fill(JOURNALIST.company);
    await page.getByLabel('Bentuk badan hukum', { exact: true }).selectOption('PT');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByRole('heading', { name: 'Konfirmasi e-mail Anda' }).waitFor();
    await page.getByText(`tautan konfirmasi ke ${JOURNALIST.email}`).waitFor();

    const mail = await stack.waitForMail((m) => m.to.includes(JOURNALIST.email));
    const token = CONFIRM_LINK.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    // PUBLIC_URL is not this test's port: open the same path on the stack's origin.
    await page.goto(`/confirm-email/${token}`);
    await page.getByText('E-mail Anda sudah dikonfirmasi').waitFor();

    await signIn(page, JOURNALIST.email, JOURNALIST.password);
    await page.waitForURL(/\/media\/dossier$/);
    await page.getByRole('heading', { level: 1, name: 'Dosir perusahaan' }).waitFor();
    await page.getByText(JOURNALIST.company).first().waitFor();
  });

  step('fills the profile, adds the pemimpin redaksi and an outlet', async () => {
    await page.getByLabel('NPWP', { exact: true }).fill('01.234.567.8-722.000');
    await page.getByLabel('NIB', { exact: true }).fill('9120001234567');
    await page.getByLabel('Alamat kantor pusat', { exact: true }).fill('Jl. Juanda 12, Samarinda');
    await page.getByLabel('Kode wilayah kantor pusat', { exact: true }).fill('64.72');
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil tersimpan.' }).waitFor();

    const people = page.locator('#people');
    await people.getByLabel('Nama', { exact: true }).fill(JOURNALIST.name);
    await people.getByLabel('Jabatan', { exact: true }).selectOption({ label: 'Pemimpin redaksi' });
    await people.getByLabel('Jenjang UKW', { exact: true }).selectOption({ label: 'Utama' });
    await people.getByRole('button', { name: 'Tambahkan', exact: true }).click();
    await people.getByRole('list').getByText('Pemimpin redaksi · UKW Utama').waitFor();

    const outlets = page.locator('#outlets');
    await outlets.getByLabel('Nama media', { exact: true }).fill('kaltimdaily.id');
    await outlets.getByLabel('Jenis media', { exact: true }).selectOption({ label: 'Media daring' });
    await outlets.getByLabel('Alamat situs', { exact: true }).fill('https://kaltimdaily.id');
    await outlets.getByLabel('Pengunjung per bulan', { exact: true }).fill('250000');
    expect(await outlets.getByLabel('Oplah (eksemplar)').count()).toBe(0); // print only
    await outlets.getByRole('button', { name: 'Tambahkan media' }).click();
    await outlets.getByRole('list').getByText('kaltimdaily.id', { exact: true }).waitFor();
  });

  step('uploads documents with a progress bar, and sees the expiry warning', async () => {
    const documents = page.locator('#documents');
    const fileInput = documents.locator('input#dossier-file');
    expect(await fileInput.getAttribute('accept')).toBe('application/pdf,image/jpeg,image/png');
    expect(await documents.locator('input[capture]').count()).toBe(1);

    await documents.getByLabel('Jenis dokumen', { exact: true }).selectOption({ label: 'NPWP perusahaan' });
    await documents.getByLabel('Nomor dokumen', { exact: true }).fill('NPWP/001');
    await fileInput.setInputFiles({ name: 'npwp.pdf', mimeType: 'application/pdf', buffer: pdf('npwp') });
    // Slow the upload down so the progress bar is on screen long enough to be seen.
    await page.route('**/api/media/companies/*/documents', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await documents.getByRole('button', { name: 'Unggah', exact: true }).click();
    await documents.getByRole('progressbar').first().waitFor();
    await documents.getByRole('status').filter({ hasText: 'NPWP perusahaan tersimpan (versi 1).' }).waitFor();
    await page.unroute('**/api/media/companies/*/documents');

    await documents.getByLabel('Jenis dokumen', { exact: true }).selectOption({ label: 'SPT tahunan terakhir' });
    await documents.getByLabel('Berlaku sampai', { exact: true }).fill(wibDate(10));
    await fileInput.setInputFiles({ name: 'spt.pdf', mimeType: 'application/pdf', buffer: pdf('spt') });
    await documents.getByRole('button', { name: 'Unggah', exact: true }).click();
    await documents.getByRole('status').filter({ hasText: 'SPT tahunan terakhir tersimpan (versi 1).' }).waitFor();
    const spt = documents.locator('li.doc').filter({ hasText: 'SPT tahunan terakhir' });
    await spt.getByText(/Berakhir dalam (9|10) hari/).waitFor();
    expect(await spt.getAttribute('class')).toContain('doc--soon');

    // A file that is not a PDF, JPEG or PNG is refused, with the server's message in place.
    await fileInput.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('PK\u0003\u0004 not a pdf at all') });
    await documents.getByRole('button', { name: 'Unggah', exact: true }).click();
    await documents.getByRole('alert').waitFor();

    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  step('opens a region, sees what is missing, completes the dossier, applies and sees the application listed', async () => {
    await openRegistration(TENANT);

    await page.getByRole('navigation', { name: 'Portal media' }).getByRole('link', { name: 'Wilayah' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
    await page.getByLabel('Kode wilayah (slug)').fill(TENANT);
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    const outlet = page.getByRole('article', { name: 'kaltimdaily.id' });
    await outlet.getByText(/dokumen wajib kurang atau kedaluwarsa/).waitFor();
    // Pesisir Barat publishes its public page (the demo's choice): the region's view leads there.
    expect(await page.getByRole('link', { name: 'Halaman publik: media mitra dan belanja' }).getAttribute('href')).toBe(`/public/${TENANT}?year=${YEAR}`);
    await outlet.getByText('Lengkapi dulu dokumen yang kurang atau kedaluwarsa.').waitFor();
    const apply = outlet.getByRole('button', { name: 'Ajukan kaltimdaily.id' });
    expect(await apply.isDisabled()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The rest of the dossier, through the API (the UI upload is covered above).
    const token = await login(stack.url, JOURNALIST.email, JOURNALIST.password);
    const me = (await client(stack.url, token).get<MediaMe>('/api/media/me')).body;
    const companyId = me.companies[0]!.id;
    for (const type of ['akta-pendirian', 'sk-kemenkumham', 'nib', 'bank-account', 'ktp-penanggung-jawab']) {
      const form = new FormData();
      form.set('documentType', type);
      form.set('file', new Blob([new Uint8Array(pdf(type))], { type: 'application/pdf' }), `${type}.pdf`);
      const response = await fetch(`${stack.url}/api/media/companies/${companyId}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(response.status).toBe(201);
    }

    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await outlet.getByText(/dokumen wajib kurang/).waitFor({ state: 'detached' });
    await outlet.locator('.verdict', { hasText: /^\s*Memenuhi syarat/ }).waitFor();
    await apply.click();
    await page.getByRole('status').filter({ hasText: 'kaltimdaily.id telah diajukan' }).waitFor();

    await page.getByRole('link', { name: 'Lihat pengajuan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengajuan' }).waitFor();
    const card = page.getByRole('article', { name: /kaltimdaily\.id · / });
    await card.getByText('Diajukan', { exact: true }).waitFor();
    await card.getByText('Hasil belum diumumkan.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const applications = await client(stack.url, token).get<Application[]>(`/api/t/${TENANT}/media/${companyId}/applications`);
    expect(applications.body.map((a) => [a.outlet.name, a.status])).toEqual([['kaltimdaily.id', 'submitted']]);
  });

  step('applies to a second region from the phone, and sees the applications of both regions in one list', async () => {
    await openRegistration(SECOND_TENANT);
    await page.getByRole('navigation', { name: 'Portal media' }).getByRole('link', { name: 'Wilayah' }).click();
    await page.getByLabel('Kode wilayah (slug)').fill(SECOND_TENANT);
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByRole('heading', { level: 2, name: `Kabupaten Lampung Barat · ${YEAR}` }).waitFor();
    const outlet = page.getByRole('article', { name: 'kaltimdaily.id' });
    await outlet.locator('.verdict', { hasText: /^\s*Memenuhi syarat/ }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.getByRole('link', { name: 'Halaman publik: media mitra dan belanja' }).count()).toBe(0);
    await outlet.getByRole('button', { name: 'Ajukan kaltimdaily.id' }).click();
    await page.getByRole('status').filter({ hasText: 'kaltimdaily.id telah diajukan' }).waitFor();

    await page.getByRole('link', { name: 'Lihat pengajuan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengajuan' }).waitFor();
    await page.getByText('Kabupaten Lampung Barat').first().waitFor();
    await page.getByText('Kabupaten Pesisir Barat').first().waitFor();
    expect(await page.getByRole('article', { name: /kaltimdaily\.id · / }).count()).toBe(2);
    const token = await login(stack.url, JOURNALIST.email, JOURNALIST.password);
    const me = (await client(stack.url, token).get<MediaMe>('/api/media/me')).body;
    expect(me.companies[0]!.partnerships.map((p) => p.tenant.slug).sort()).toEqual([SECOND_TENANT, TENANT]);
  });

  step('switches to English on the phone: the portal and its claims list follow, and the choice survives a reload', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Media portal' }).getByRole('link', { name: 'Claims' }).click();
    await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    // No claim yet: the empty state says what comes next, and leads there.
    await page.getByText('No claims yet. Once a region accepts your proofs of publication, claim them here.').waitFor();
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Kabupaten Lampung Barat' });
    await page.getByText('No claim matches these filters.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show all claims' }).click();
    await page.getByText('No claims yet.', { exact: false }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Tagihan' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });

  step('the colleagues screen lists the team and lets the owner invite a colleague by e-mail', async () => {
    await page.getByRole('navigation', { name: 'Portal media' }).getByRole('link', { name: 'Rekan kerja' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekan kerja' }).waitFor();
    const team = page.getByRole('list', { name: 'Anggota tim perusahaan' });
    await team.getByRole('listitem').filter({ hasText: JOURNALIST.email }).getByText('Pemilik').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The form validates as the user types, with the rule the API enforces.
    await page.getByLabel('E-mail rekan', { exact: true }).fill('bukan-email');
    await page.getByLabel('Nama lengkap', { exact: true }).fill('Siti Aminah');
    await page.getByText('Isi alamat e-mail yang valid').waitFor();
    await page.getByLabel('E-mail rekan', { exact: true }).fill('wartawan@kaltimdaily.id');
    await page.getByLabel('Peran', { exact: true }).selectOption({ label: 'Editor' });
    await page.getByRole('button', { name: 'Kirim undangan' }).click();
    await page.getByRole('status').filter({ hasText: 'Undangan untuk Siti Aminah dikirim ke wartawan@kaltimdaily.id.' }).waitFor();
    const invited = team.getByRole('listitem').filter({ hasText: 'wartawan@kaltimdaily.id' });
    await invited.getByText('Diundang').waitFor();
    await invited.getByText('Editor', { exact: true }).waitFor();
    const mail = await stack.waitForMail((m) => m.to.includes('wartawan@kaltimdaily.id'));
    expect(mail.text).toMatch(INVITATION_LINK);

    // The server's refusal shows in place: the same person again.
    await page.getByLabel('Nama lengkap', { exact: true }).fill('Siti Aminah');
    await page.getByLabel('E-mail rekan', { exact: true }).fill('wartawan@kaltimdaily.id');
    await page.getByRole('button', { name: 'Kirim undangan' }).click();
    await page.getByRole('alert').filter({ hasText: /sudah/i }).waitFor();
  });

  step('a journalist in two press companies switches between them, and the choice is remembered', async () => {
    const other = { email: 'redaksi@lampungpost.id', password: 'Lampung-Post-2026', company: 'PT Lampung Post Digital' };
    const registered = await client(stack.url).post<MediaMe>('/api/media/register', {
      email: other.email,
      password: other.password,
      name: 'Budi Santoso',
      company: { legalName: other.company, legalForm: 'PT' },
    });
    expect(registered.status).toBe(201);
    const otherId = registered.body.companies[0]!.id;
    const owner = client(stack.url, (await client(stack.url).post<LoginResponse>('/api/auth/login', { email: other.email, password: other.password })).body.accessToken);
    expect((await owner.post(`/api/media/companies/${otherId}/members`, { email: JOURNALIST.email, name: JOURNALIST.name, role: 'editor' })).status).toBe(201);
    const mail = await stack.waitForMail((m) => m.to.includes(JOURNALIST.email) && INVITATION_LINK.test(m.text));
    const token = INVITATION_LINK.exec(mail.text)![1];
    // The journalist has an account already: accepting needs no password.
    expect((await client(stack.url).post('/api/auth/invitations/accept', { token })).status).toBe(200);

    await page.goto('/media/dossier');
    const switcher = page.getByLabel('Perusahaan', { exact: true });
    await switcher.waitFor();
    expect(await switcher.locator('option').allTextContents()).toEqual(expect.arrayContaining([JOURNALIST.company, other.company]));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await switcher.selectOption({ label: other.company });

    await page.getByRole('navigation', { name: 'Portal media' }).getByRole('link', { name: 'Rekan kerja' }).click();
    const team = page.getByRole('list', { name: 'Anggota tim perusahaan' });
    await team.getByRole('listitem').filter({ hasText: other.email }).getByText('Pemilik').waitFor();
    expect(await team.getByRole('listitem').filter({ hasText: 'wartawan@kaltimdaily.id' }).count()).toBe(0);
    // An editor here: no invitation form, and why.
    await page.getByText('Hanya pemilik perusahaan yang dapat mengundang rekan kerja.').waitFor();
    expect(await page.getByRole('button', { name: 'Kirim undangan' }).count()).toBe(0);

    await page.reload();
    expect(await until(() => page.getByLabel('Perusahaan', { exact: true }).inputValue(), (value) => value === otherId)).toBe(otherId);
    await page.getByLabel('Perusahaan', { exact: true }).selectOption({ label: JOURNALIST.company });
    await team.getByRole('listitem').filter({ hasText: 'wartawan@kaltimdaily.id' }).waitFor();
  });
});
