import { Injectable } from '@nestjs/common';
import type { MediaType } from '@sinergi/contracts';
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import { formatRupiah, formatTanggal, terbilangRupiah } from '../rendering/indonesian-format';
import { Letterhead, PdfDocument, PdfRenderer } from '../rendering/pdf-renderer';

/** What an order letter (surat pesanan, SP) to a press company says. */
export type OrderDocument = {
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  letterhead: Letterhead;
  fiscalYear: number;
  /** The signing official of the owning unit (Kepala Dinas or the PPK). */
  signatory: { name: string; position: string; nip: string | null; institution: string };
  media: { companyLegalName: string; companyAddress: string | null; outletName: string; mediaType: MediaType | string; url: string | null };
  agreement: { number: string; signedOn: string | null };
  product: { name: string; unit: string; position?: string | null; size?: string | null; durationSeconds?: number | null };
  quantity: number;
  unitPrice: number;
  amount: number;
  material: { title: string; body: string };
  window: { from: string; until: string };
  /** Last day for the proof of publication. */
  proofDeadline: string;
  /** The proof's fields, by their Indonesian labels. */
  proofFields: string[];
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

const UNIT_LABELS: Record<string, string> = { item: 'tayangan', month: 'bulan', second: 'detik', 'column-mm': 'mm kolom', slot: 'slot', day: 'hari' };

/** Renders order letters with the shared renderer. */
@Injectable()
export class OrderRenderer {
  constructor(private readonly pdf: PdfRenderer) {}

  renderOrder(data: OrderDocument): Promise<Buffer> {
    return this.pdf.renderDocument(orderDocument(data));
  }
}

/** The order letter as a document (pure: no I/O). Always in Indonesian, as an official letter. */
export function orderDocument(data: OrderDocument): PdfDocument {
  const mediaTypeLabel = MEDIA_TYPE_LABELS[data.media.mediaType as MediaType] ?? data.media.mediaType;
  const unit = UNIT_LABELS[data.product.unit] ?? data.product.unit;
  const specification = [
    data.product.position ? `posisi ${data.product.position}` : null,
    data.product.size ? `ukuran ${data.product.size}` : null,
    data.product.durationSeconds ? `durasi ${data.product.durationSeconds} detik` : null,
  ].filter((part): part is string => part !== null);
  const window = data.window.from === data.window.until
    ? formatTanggal(data.window.from)
    : `${formatTanggal(data.window.from)} s.d. ${formatTanggal(data.window.until)}`;

  const content: Content[] = [
    { text: 'SURAT PESANAN', style: 'title' },
    { text: `Nomor: ${data.number}`, alignment: 'center', margin: [0, 2, 0, 14] },
    {
      table: {
        widths: [90, 8, '*'],
        body: [
          ['Kepada Yth.', ':', { text: `Pimpinan ${data.media.companyLegalName}`, bold: true }],
          ['Media', ':', `${data.media.outletName} (${mediaTypeLabel}${data.media.url ? `, ${data.media.url}` : ''})`],
          ...(data.media.companyAddress ? [['Alamat', ':', data.media.companyAddress] as TableCell[]] : []),
          ['Dasar', ':', `Perjanjian Kerja Sama Nomor ${data.agreement.number}${data.agreement.signedOn ? ` tanggal ${formatTanggal(data.agreement.signedOn)}` : ''}`],
          ['Tahun Anggaran', ':', String(data.fiscalYear)],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
    {
      text: `Dengan hormat, berdasarkan perjanjian kerja sama tersebut di atas, ${data.signatory.institution} memesan publikasi dengan rincian sebagai berikut:`,
      alignment: 'justify',
      margin: [0, 0, 0, 8],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 90, 90],
        body: [
          [
            { text: 'Jenis Publikasi', style: 'tableHeader' },
            { text: 'Volume', style: 'tableHeader', alignment: 'center' },
            { text: 'Harga Satuan', style: 'tableHeader', alignment: 'right' },
            { text: 'Jumlah', style: 'tableHeader', alignment: 'right' },
          ],
          [
            { text: [data.product.name, specification.length ? `\n(${specification.join(', ')})` : ''] },
            { text: `${data.quantity} ${unit}`, alignment: 'center' },
            { text: formatRupiah(data.unitPrice), alignment: 'right' },
            { text: formatRupiah(data.amount), alignment: 'right' },
          ],
          [{ text: 'Jumlah', bold: true, colSpan: 3, alignment: 'right' }, '', '', { text: formatRupiah(data.amount), bold: true, alignment: 'right' }],
        ],
      },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 3, paddingBottom: () => 3, fillColor: (row: number) => (row === 0 ? '#EEEEEE' : null) },
      fontSize: 10,
    },
    { text: `Terbilang: ${terbilangRupiah(data.amount)}`, italics: true, fontSize: 10, margin: [0, 4, 0, 10] },
    {
      table: {
        widths: [120, 8, '*'],
        body: [
          ['Judul materi', ':', { text: data.material.title, bold: true }],
          ['Jadwal tayang', ':', window],
          ['Batas bukti tayang', ':', `${formatTanggal(data.proofDeadline)} (melalui aplikasi Sinergi)`],
          ['Bukti tayang memuat', ':', data.proofFields.join(', ')],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
    { text: 'Materi publikasi:', bold: true, margin: [0, 4, 0, 2] },
    { text: data.material.body, alignment: 'justify', fontSize: 10, margin: [0, 0, 0, 10] },
    {
      ol: [
        'Materi ditayangkan sesuai jadwal di atas tanpa mengubah substansi.',
        'Bukti tayang disampaikan paling lambat pada tanggal batas bukti tayang; pesanan yang bukti tayangnya terlambat tidak dapat ditagihkan.',
        'Harga sudah termasuk pajak sesuai ketentuan peraturan perundang-undangan.',
      ],
      fontSize: 10,
      alignment: 'justify',
      margin: [0, 0, 0, 10],
    },
    { text: 'Demikian surat pesanan ini untuk dilaksanakan sebagaimana mestinya.', margin: [0, 0, 0, 16] },
    signature(data),
  ];
  return {
    title: `Surat Pesanan ${data.number}`,
    subject: `Surat pesanan ${data.media.outletName} Tahun Anggaran ${data.fiscalYear}`,
    keywords: 'surat pesanan, publikasi, SP',
    letterhead: data.letterhead,
    footerNote: `SP Nomor ${data.number}`,
    content,
  };
}

function signature(data: OrderDocument): Content {
  const column: Column = {
    width: 220,
    alignment: 'center',
    stack: [
      { text: formatTanggal(data.issuedOn) },
      { text: data.signatory.position },
      { text: ' ', margin: [0, 22, 0, 22] },
      { text: data.signatory.name, bold: true, decoration: 'underline' },
      data.signatory.nip ? { text: `NIP. ${data.signatory.nip}` } : { text: '' },
    ],
  };
  return { unbreakable: true, columns: [{ text: '', width: '*' }, column] };
}
