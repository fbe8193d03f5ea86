import { Injectable } from '@nestjs/common';
import type { MediaType } from '@sinergi/contracts';
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import { formatRupiah, formatTanggal, namaHari, terbilangRupiah } from '../rendering/indonesian-format';
import { Letterhead, PdfDocument, PdfRenderer } from '../rendering/pdf-renderer';

/** What the partnership agreement (perjanjian kerja sama, PKS) of one outlet for one year says. */
export type AgreementDocument = {
  number: string;
  /** YYYY-MM-DD */
  signedOn: string;
  letterhead: Letterhead;
  /** The tenant's legal basis, one instrument per line (or separated by ";"), e.g. "Peraturan Bupati ... Nomor 54 Tahun 2018". */
  legalBasis: string | null;
  fiscalYear: number;
  tenantParty: { name: string; position: string; nip: string | null; institution: string };
  mediaParty: { name: string; position: string; companyLegalName: string; companyAddress: string | null };
  outlet: { name: string; mediaType: MediaType | string; url: string | null };
  tier: { code: string; label: string };
  /** YYYY-MM-DD both */
  term: { startsOn: string; endsOn: string };
  /** Pagu of this agreement in whole rupiah; null: bounded by the orders and the budget only. */
  ceiling: number | null;
  unitPrices: { product: string; unit: string; price: number }[];
  /**
   * Ignored: the agreement is always in Indonesian. UU 24/2009 art. 31 requires Indonesian for
   * agreements to which an Indonesian institution is party; an English copy would be a translation.
   */
  language?: 'id' | 'en';
};

const MEDIA_TYPE_LABELS: Record<MediaType, string> = {
  online: 'media siber (daring)',
  'print-daily': 'surat kabar harian',
  'print-weekly': 'surat kabar mingguan',
  'print-monthly': 'media cetak bulanan',
  tv: 'televisi',
  radio: 'radio',
  'social-media': 'akun media sosial',
  videotron: 'videotron',
};

/** Laws every publication partnership rests on, before the region's own instrument. */
const NATIONAL_BASIS = [
  'Undang-Undang Nomor 40 Tahun 1999 tentang Pers',
  'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
];

const PARTY_1 = 'PIHAK PERTAMA';
const PARTY_2 = 'PIHAK KEDUA';

/** Renders agreements with the shared renderer. */
@Injectable()
export class AgreementRenderer {
  constructor(private readonly pdf: PdfRenderer) {}

  renderAgreement(data: AgreementDocument): Promise<Buffer> {
    return this.pdf.renderDocument(agreementDocument(data));
  }
}

/** The agreement as a document (pure: no I/O), for rendering or inspection. */
export function agreementDocument(data: AgreementDocument): PdfDocument {
  const { tenantParty, mediaParty, outlet } = data;
  const mediaTypeLabel = MEDIA_TYPE_LABELS[outlet.mediaType as MediaType] ?? outlet.mediaType;
  const outletDescription = `${outlet.name} (${mediaTypeLabel}${outlet.url ? `, ${outlet.url}` : ''})`;
  const basis = [...NATIONAL_BASIS, ...splitBasis(data.legalBasis)];

  const content: Content[] = [
    { text: 'PERJANJIAN KERJA SAMA PUBLIKASI', style: 'title' },
    {
      stack: [
        'ANTARA',
        tenantParty.institution.toUpperCase(),
        'DENGAN',
        mediaParty.companyLegalName.toUpperCase(),
        'TENTANG',
        `PUBLIKASI MELALUI ${outlet.name.toUpperCase()} TAHUN ANGGARAN ${data.fiscalYear}`,
      ],
      alignment: 'center',
      bold: true,
      margin: [0, 4, 0, 4],
    },
    { text: `NOMOR: ${data.number}`, alignment: 'center', bold: true, margin: [0, 0, 0, 14] },
    paragraph(`Pada hari ini ${namaHari(data.signedOn)}, tanggal ${formatTanggal(data.signedOn)}, yang bertanda tangan di bawah ini:`),
    party('1.', [
      ['Nama', tenantParty.name],
      ...(tenantParty.nip ? [['NIP', tenantParty.nip] as [string, string]] : []),
      ['Jabatan', tenantParty.position],
      ['Instansi', tenantParty.institution],
    ], [
      `dalam hal ini bertindak untuk dan atas nama ${tenantParty.institution}, selanjutnya disebut `,
      { text: PARTY_1, bold: true },
      '.',
    ]),
    party('2.', [
      ['Nama', mediaParty.name],
      ['Jabatan', mediaParty.position],
      ['Perusahaan', mediaParty.companyLegalName],
      ...(mediaParty.companyAddress ? [['Alamat', mediaParty.companyAddress] as [string, string]] : []),
    ], [
      `dalam hal ini bertindak untuk dan atas nama ${mediaParty.companyLegalName} selaku pengelola ${outletDescription}, selanjutnya disebut `,
      { text: PARTY_2, bold: true },
      '.',
    ]),
    paragraph([{ text: PARTY_1, bold: true }, ' dan ', { text: PARTY_2, bold: true }, ' selanjutnya secara bersama-sama disebut ', { text: 'PARA PIHAK', bold: true }, '.']),
    paragraph('Dengan berdasarkan pada:'),
    { ol: basis, margin: [16, 0, 0, 8], type: 'lower-alpha' },
    paragraph([{ text: 'PARA PIHAK', bold: true }, ' sepakat untuk mengadakan Perjanjian Kerja Sama Publikasi dengan ketentuan sebagai berikut:']),

    ...article(1, 'Ruang Lingkup', [
      [`${PARTY_1} menggunakan jasa ${PARTY_2} untuk mempublikasikan informasi penyelenggaraan pemerintahan, pembangunan dan kemasyarakatan ${tenantParty.institution} melalui ${outletDescription}.`],
      [`Setiap publikasi dilaksanakan berdasarkan surat pesanan dari ${PARTY_1} yang memuat jenis publikasi, materi dan jadwal tayang.`],
      [`${PARTY_2} ditetapkan dalam kategori ${data.tier.label} (${data.tier.code}) berdasarkan hasil verifikasi ${PARTY_1}.`],
    ]),
    ...article(2, 'Jangka Waktu', [
      [`Perjanjian ini berlaku sejak tanggal ${formatTanggal(data.term.startsOn)} sampai dengan tanggal ${formatTanggal(data.term.endsOn)} dalam Tahun Anggaran ${data.fiscalYear}.`],
      ['Surat pesanan hanya dapat diterbitkan dalam jangka waktu sebagaimana dimaksud pada ayat (1).'],
    ]),
    ...article(3, 'Nilai dan Tarif', [
      ['Tarif satuan publikasi yang disepakati PARA PIHAK adalah sebagai berikut:', priceTable(data.unitPrices)],
      ['Tarif sebagaimana dimaksud pada ayat (1) sudah termasuk pajak sesuai ketentuan peraturan perundang-undangan.'],
      [
        data.ceiling === null
          ? `Nilai pekerjaan dihitung dari publikasi yang dipesan dan terbukti tayang, paling banyak sesuai ketersediaan anggaran ${PARTY_1} dalam Tahun Anggaran ${data.fiscalYear}.`
          : `Nilai keseluruhan pekerjaan paling banyak ${formatRupiah(data.ceiling)} (${terbilangRupiah(data.ceiling)}), dihitung dari publikasi yang dipesan dan terbukti tayang.`,
      ],
    ]),
    ...article(4, 'Hak dan Kewajiban', [
      [`${PARTY_1} berhak:`, letters([
        'menerima publikasi sesuai dengan surat pesanan;',
        'menolak pembayaran atas publikasi yang tidak disertai bukti tayang yang sah.',
      ])],
      [`${PARTY_1} berkewajiban:`, letters([
        'menyediakan materi publikasi beserta jadwal tayang dalam surat pesanan;',
        'membayar publikasi yang telah tayang dan terverifikasi sesuai dengan Pasal 5.',
      ])],
      [`${PARTY_2} berhak menerima pembayaran atas publikasi yang telah tayang dan bukti tayangnya telah diverifikasi.`],
      [`${PARTY_2} berkewajiban:`, letters([
        'menayangkan materi sesuai dengan surat pesanan dan jadwal tayang;',
        'menyampaikan bukti tayang (tautan, tanggal tayang, tangkapan layar, pindaian halaman atau log siaran sesuai jenis media) melalui aplikasi Sinergi dalam batas waktu yang ditetapkan;',
        'menaati Kode Etik Jurnalistik dan ketentuan peraturan perundang-undangan di bidang pers;',
        'menjaga keabsahan dokumen perusahaan selama jangka waktu perjanjian.',
      ])],
    ]),
    ...article(5, 'Pembayaran dan Pajak', [
      [`Pembayaran dilakukan atas tagihan ${PARTY_2} untuk publikasi yang telah tayang dan bukti tayangnya telah diverifikasi, sebesar tarif sebagaimana dimaksud dalam Pasal 3.`],
      [`Pembayaran dilakukan melalui pemindahbukuan ke rekening atas nama perusahaan ${PARTY_2}.`],
      ['Pajak Pertambahan Nilai dan Pajak Penghasilan Pasal 23 dipungut dan/atau dipotong oleh bendahara sesuai ketentuan peraturan perundang-undangan di bidang perpajakan.'],
    ]),
    ...article(6, 'Sanksi', [
      ['Publikasi yang bukti tayangnya tidak disampaikan dalam batas waktu tidak dapat ditagihkan.'],
      [`${PARTY_1} dapat menghentikan sementara penerbitan surat pesanan kepada ${PARTY_2} yang memiliki bukti tayang terlambat.`],
      [`Dalam hal ${PARTY_2} tidak memenuhi kewajibannya setelah diberikan teguran tertulis, ${PARTY_1} dapat mengakhiri perjanjian ini secara sepihak.`],
    ]),
    ...article(7, 'Penutup', [
      ['Hal-hal yang belum diatur dalam perjanjian ini akan diatur kemudian dalam adendum yang disepakati PARA PIHAK.'],
      ['Perselisihan yang timbul dari perjanjian ini diselesaikan secara musyawarah untuk mufakat.'],
      ['Perjanjian ini dibuat dalam rangkap 2 (dua), bermeterai cukup, dan masing-masing mempunyai kekuatan hukum yang sama.'],
    ]),
    signatures(data),
  ];

  return {
    title: `Perjanjian Kerja Sama Publikasi ${data.number}`,
    subject: `PKS ${outlet.name} Tahun Anggaran ${data.fiscalYear}`,
    keywords: 'perjanjian kerja sama, publikasi, PKS',
    letterhead: data.letterhead,
    footerNote: `PKS Nomor ${data.number}`,
    content,
  };
}

type Inline = string | { text: string; bold?: boolean };

function paragraph(text: string | Inline[]): Content {
  return { text, alignment: 'justify', margin: [0, 0, 0, 8] };
}

function party(marker: string, rows: [string, string][], acting: Inline[]): Content {
  return {
    columns: [
      { text: marker, width: 16 },
      {
        width: '*',
        stack: [
          {
            table: { widths: [70, 8, '*'], body: rows.map(([label, value]): TableCell[] => [label, ':', { text: value, bold: label === 'Nama' }]) },
            layout: 'noBorders',
          },
          { text: acting, alignment: 'justify', margin: [0, 2, 0, 0] },
        ],
      },
    ],
    margin: [0, 0, 0, 8],
  };
}

/** "Pasal N", its heading, and its ayat numbered (1), (2)... */
function article(numberOf: number, heading: string, clauses: (string | Content)[][]): Content[] {
  return [
    // Heading kept with its first clause: never alone at the foot of a page.
    {
      stack: [
        { text: `Pasal ${numberOf}`, alignment: 'center', bold: true },
        { text: heading, alignment: 'center', bold: true, margin: [0, 0, 0, 4] },
      ],
      margin: [0, 6, 0, 0],
      unbreakable: true,
    },
    ...clauses.map(
      (parts, index): Content => ({
        columns: [
          { text: clauses.length > 1 ? `(${index + 1})` : '', width: 24 },
          { width: '*', stack: parts.map((part) => (typeof part === 'string' ? { text: part, alignment: 'justify' } : part)) },
        ],
        margin: [0, 0, 0, 4],
      }),
    ),
  ];
}

function letters(items: string[]): Content {
  return { ol: items, type: 'lower-alpha', margin: [4, 2, 0, 0], alignment: 'justify' };
}

function priceTable(rows: AgreementDocument['unitPrices']): Content {
  const body: TableCell[][] = [
    [
      { text: 'No.', style: 'tableHeader', alignment: 'center' },
      { text: 'Jenis Publikasi', style: 'tableHeader' },
      { text: 'Satuan', style: 'tableHeader' },
      { text: 'Tarif', style: 'tableHeader', alignment: 'right' },
    ],
    ...rows.map((row, index): TableCell[] => [
      { text: String(index + 1), alignment: 'center' },
      row.product,
      row.unit,
      { text: formatRupiah(row.price), alignment: 'right' },
    ]),
  ];
  if (rows.length === 0) body.push([{ text: 'Belum ada tarif.', colSpan: 4, italics: true }, '', '', '']);
  return {
    // The header row is repeated on every page the table runs over.
    table: { headerRows: 1, dontBreakRows: true, widths: [28, '*', 90, 90], body },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 3, paddingBottom: () => 3, fillColor: (row: number) => (row === 0 ? '#EEEEEE' : null) },
    fontSize: 10,
    margin: [0, 4, 0, 4],
  };
}

/** PIHAK KEDUA left (with the meterai), PIHAK PERTAMA right: the usual order on a PKS. */
function signatures(data: AgreementDocument): Content {
  const { tenantParty, mediaParty } = data;
  const column = (heading: string, office: string, name: string, footer: string | null, meterai: boolean): Column => ({
    width: '*',
    alignment: 'center',
    stack: [
      { text: heading, bold: true },
      { text: office },
      meterai ? { text: 'Meterai\nRp10.000', fontSize: 7, color: '#888888', margin: [0, 14, 0, 14] } : { text: ' ', margin: [0, 14, 0, 22] },
      { text: name, bold: true, decoration: 'underline' },
      footer ? { text: footer } : { text: '' },
    ],
  });
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    stack: [
      { text: `Ditandatangani pada tanggal ${formatTanggal(data.signedOn)}.`, margin: [0, 0, 0, 10] },
      {
        columns: [
          column(PARTY_2, `${mediaParty.position}\n${mediaParty.companyLegalName}`, mediaParty.name, null, true),
          column(PARTY_1, `${tenantParty.position}\n${tenantParty.institution}`, tenantParty.name, tenantParty.nip ? `NIP. ${tenantParty.nip}` : null, false),
        ],
        columnGap: 24,
      },
    ],
  };
}

function splitBasis(legalBasis: string | null): string[] {
  if (!legalBasis) return [];
  return legalBasis
    .split(/\r?\n|;/)
    .map((line) => line.trim().replace(/[.;]$/, ''))
    .filter((line) => line.length > 0);
}
