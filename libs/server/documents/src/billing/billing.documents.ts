import { Injectable } from '@nestjs/common';
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import { formatRupiah, formatTanggal, namaHari, terbilangRupiah } from '../rendering/indonesian-format';
import { Letterhead, PdfDocument, PdfRenderer } from '../rendering/pdf-renderer';

/** An official who signs: name (may be blank, to be written by hand), NIP, position. */
export type BillingSignatory = { name: string | null; nip: string | null; position: string };

/** What the three documents of a claim share: the parties, the claim and its frozen amounts. */
export type ClaimDocumentBase = {
  /** The document's own number (kwitansi, BA serah terima or BA pembayaran). */
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  letterhead: Letterhead;
  fiscalYear: number;
  /** "Dinas Komunikasi dan Informatika Kabupaten ..." */
  institution: string;
  /** The official for the region (PA/KPA or PPK). */
  official: BillingSignatory;
  media: {
    representative: string;
    position: string;
    companyLegalName: string;
    companyAddress: string | null;
    npwp: string | null;
    bank: { name: string; accountNumber: string; holder: string } | null;
  };
  outlet: { name: string; mediaType: string };
  claim: { number: string; submittedOn: string; agreementNumber: string | null };
  lines: { orderNumber: string; productName: string; quantity: number; unitPrice: number; amount: number; publishedOn: string }[];
  /** As frozen on the claim (see computeClaimTaxes in billing). */
  taxes: { gross: number; ppnBase: number; ppn: number; ppnWithheld: number; pph23: number; pph23RateBp: number; net: number; pkp: boolean };
  /** PPN rate as stated, e.g. "12% × 11/12". */
  ppnRateLabel: string;
};

/** BA serah terima: the media hand over the published work; issued when the claim is approved. */
export type HandoverMinutesDocument = ClaimDocumentBase & {
  /** The approval chain as it ran: step label, who, when (YYYY-MM-DD), on whose behalf. */
  approvals: { step: string; by: string; on: string; onBehalfOf: string | null }[];
};

/** Kwitansi: the media's receipt of the payment; issued when the payment is recorded. */
export type ReceiptDocument = ClaimDocumentBase & {
  treasurer: BillingSignatory;
  sp2d: { number: string; date: string };
};

/** BA pembayaran: the payment, its SP2D and the tax deposits. */
export type PaymentMinutesDocument = ClaimDocumentBase & {
  treasurer: BillingSignatory;
  handoverNumber: string | null;
  sp2d: { number: string; date: string; amount: number };
  taxReceipts: { kind: 'ppn' | 'pph23'; ntpn: string; billingCode: string | null; amount: number; paidOn: string }[];
};

/** Documents above Rp5,000,000 carry a Rp10,000 meterai (UU 10/2020 art. 3). */
const METERAI_FROM = 5_000_000;

/** Renders the kwitansi and the two berita acara of a claim with the shared renderer. */
@Injectable()
export class BillingDocumentsRenderer {
  constructor(private readonly pdf: PdfRenderer) {}

  renderHandoverMinutes(data: HandoverMinutesDocument): Promise<Buffer> {
    return this.pdf.renderDocument(handoverMinutesDocument(data));
  }

  renderReceipt(data: ReceiptDocument): Promise<Buffer> {
    return this.pdf.renderDocument(receiptDocument(data));
  }

  renderPaymentMinutes(data: PaymentMinutesDocument): Promise<Buffer> {
    return this.pdf.renderDocument(paymentMinutesDocument(data));
  }
}

/** Berita acara serah terima pekerjaan (pure). */
export function handoverMinutesDocument(data: HandoverMinutesDocument): PdfDocument {
  const content: Content[] = [
    { text: 'BERITA ACARA SERAH TERIMA PEKERJAAN', style: 'title' },
    { text: `PUBLIKASI MELALUI ${data.outlet.name.toUpperCase()} TAHUN ANGGARAN ${data.fiscalYear}`, alignment: 'center', bold: true },
    { text: `NOMOR: ${data.number}`, alignment: 'center', bold: true, margin: [0, 2, 0, 14] },
    paragraph(`Pada hari ini ${namaHari(data.issuedOn)}, tanggal ${formatTanggal(data.issuedOn)}, yang bertanda tangan di bawah ini:`),
    partyBlock('1.', mediaRows(data), `dalam hal ini bertindak untuk dan atas nama ${data.media.companyLegalName}, selanjutnya disebut PIHAK PERTAMA.`),
    partyBlock('2.', officialRows(data.official, data.institution), `dalam hal ini bertindak untuk dan atas nama ${data.institution}, selanjutnya disebut PIHAK KEDUA.`),
    paragraph(
      `PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA hasil pekerjaan publikasi melalui ${data.outlet.name} sesuai surat pesanan dan bukti tayang yang telah diverifikasi, ` +
        `sebagaimana ditagihkan dengan tagihan Nomor ${data.claim.number} tanggal ${formatTanggal(data.claim.submittedOn)}` +
        `${data.claim.agreementNumber ? ` berdasarkan Perjanjian Kerja Sama Nomor ${data.claim.agreementNumber}` : ''}, dengan rincian sebagai berikut:`,
    ),
    linesTable(data.lines),
    paragraph(`PIHAK KEDUA telah menerima hasil pekerjaan tersebut dalam keadaan baik dan lengkap dengan nilai ${formatRupiah(data.taxes.gross)} (${terbilangRupiah(data.taxes.gross)}), sudah termasuk pajak.`),
  ];
  if (data.approvals.length > 0) {
    content.push(paragraph('Tagihan telah diperiksa dan disetujui secara berjenjang:'), approvalsTable(data.approvals));
  }
  content.push(
    paragraph('Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.'),
    signatures(
      { heading: 'PIHAK PERTAMA', office: `${data.media.position}\n${data.media.companyLegalName}`, signatory: { name: data.media.representative, nip: null, position: '' } },
      { heading: 'PIHAK KEDUA', office: `${data.official.position}\n${data.institution}`, signatory: data.official },
    ),
  );
  return frame(data, 'Berita Acara Serah Terima Pekerjaan', 'BAST', content);
}

/** Kwitansi (pure). */
export function receiptDocument(data: ReceiptDocument): PdfDocument {
  const { taxes } = data;
  const rows: [string, string | Content][] = [
    ['Sudah terima dari', `Bendahara Pengeluaran ${data.institution}`],
    ['Uang sebanyak', { text: terbilangRupiah(taxes.gross), italics: true, bold: true }],
    [
      'Untuk pembayaran',
      `Jasa publikasi melalui ${data.outlet.name} Tahun Anggaran ${data.fiscalYear} sebanyak ${data.lines.length} tayang, sesuai tagihan Nomor ${data.claim.number}, dibayar dengan SP2D Nomor ${data.sp2d.number} tanggal ${formatTanggal(data.sp2d.date)}.`,
    ],
  ];
  const content: Content[] = [
    { text: 'KWITANSI', style: 'title' },
    { text: `NOMOR: ${data.number}`, alignment: 'center', bold: true, margin: [0, 2, 0, 14] },
    {
      table: { widths: [110, 8, '*'], body: rows.map(([label, value]): TableCell[] => [label, ':', value as TableCell]) },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
    { text: `Terbilang: ${formatRupiah(taxes.gross)}`, fontSize: 13, bold: true, margin: [0, 0, 0, 10] },
    taxTable(data),
    bankLine(data),
    signatures(
      { heading: 'Setuju dibayar', office: `${data.official.position}`, signatory: data.official },
      { heading: 'Lunas dibayar', office: 'Bendahara Pengeluaran', signatory: data.treasurer },
      {
        heading: `${formatTanggal(data.issuedOn)}\nYang menerima`,
        office: `${data.media.position}\n${data.media.companyLegalName}`,
        signatory: { name: data.media.representative, nip: null, position: '' },
        meterai: taxes.gross > METERAI_FROM,
      },
    ),
  ];
  return frame(data, 'Kwitansi', 'KW', content);
}

/** Berita acara pembayaran (pure). */
export function paymentMinutesDocument(data: PaymentMinutesDocument): PdfDocument {
  const content: Content[] = [
    { text: 'BERITA ACARA PEMBAYARAN', style: 'title' },
    { text: `PUBLIKASI MELALUI ${data.outlet.name.toUpperCase()} TAHUN ANGGARAN ${data.fiscalYear}`, alignment: 'center', bold: true },
    { text: `NOMOR: ${data.number}`, alignment: 'center', bold: true, margin: [0, 2, 0, 14] },
    paragraph(`Pada hari ini ${namaHari(data.issuedOn)}, tanggal ${formatTanggal(data.issuedOn)}, yang bertanda tangan di bawah ini:`),
    partyBlock('1.', officialRows(data.official, data.institution), `dalam hal ini bertindak untuk dan atas nama ${data.institution}, selanjutnya disebut PIHAK PERTAMA.`),
    partyBlock('2.', mediaRows(data), `dalam hal ini bertindak untuk dan atas nama ${data.media.companyLegalName}, selanjutnya disebut PIHAK KEDUA.`),
    paragraph(
      `Berdasarkan tagihan Nomor ${data.claim.number}${data.handoverNumber ? ` dan Berita Acara Serah Terima Pekerjaan Nomor ${data.handoverNumber}` : ''}, ` +
        `PIHAK PERTAMA telah melakukan pembayaran kepada PIHAK KEDUA dengan SP2D Nomor ${data.sp2d.number} tanggal ${formatTanggal(data.sp2d.date)} sebesar ` +
        `${formatRupiah(data.sp2d.amount)} (${terbilangRupiah(data.sp2d.amount)}), dengan rincian sebagai berikut:`,
    ),
    taxTable(data),
  ];
  if (data.taxReceipts.length > 0) content.push(paragraph('Pajak yang dipungut/dipotong telah disetorkan ke kas negara:'), receiptsTable(data.taxReceipts));
  content.push(
    bankLine(data),
    paragraph('Dengan pembayaran ini, seluruh kewajiban PIHAK PERTAMA atas tagihan tersebut telah diselesaikan. Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.'),
    signatures(
      { heading: 'PIHAK KEDUA', office: `${data.media.position}\n${data.media.companyLegalName}`, signatory: { name: data.media.representative, nip: null, position: '' } },
      { heading: 'PIHAK PERTAMA', office: `${data.official.position}\n${data.institution}`, signatory: data.official },
    ),
    { columns: [{ width: '*', text: '' }, signatureColumn({ heading: 'Bendahara Pengeluaran', office: data.institution, signatory: data.treasurer }), { width: '*', text: '' }], margin: [0, 12, 0, 0] },
  );
  return frame(data, 'Berita Acara Pembayaran', 'BAP', content);
}

// --- parts ---------------------------------------------------------------------------------------

function frame(data: ClaimDocumentBase, title: string, short: string, content: Content[]): PdfDocument {
  return {
    title: `${title} ${data.number}`,
    subject: `${title} tagihan ${data.claim.number}, ${data.outlet.name}, Tahun Anggaran ${data.fiscalYear}`,
    keywords: `${title.toLowerCase()}, tagihan, publikasi`,
    letterhead: data.letterhead,
    footerNote: `${short} Nomor ${data.number}`,
    content,
  };
}

function paragraph(text: string): Content {
  return { text, alignment: 'justify', margin: [0, 0, 0, 8] };
}

function mediaRows(data: ClaimDocumentBase): [string, string][] {
  return [
    ['Nama', data.media.representative],
    ['Jabatan', data.media.position],
    ['Perusahaan', data.media.companyLegalName],
    ...(data.media.companyAddress ? [['Alamat', data.media.companyAddress] as [string, string]] : []),
    ...(data.media.npwp ? [['NPWP', data.media.npwp] as [string, string]] : []),
  ];
}

function officialRows(official: BillingSignatory, institution: string): [string, string][] {
  return [
    ['Nama', official.name ?? '.................................'],
    ...(official.nip ? [['NIP', official.nip] as [string, string]] : []),
    ['Jabatan', official.position],
    ['Instansi', institution],
  ];
}

function partyBlock(marker: string, rows: [string, string][], acting: string): Content {
  return {
    columns: [
      { text: marker, width: 16 },
      {
        width: '*',
        stack: [
          { table: { widths: [70, 8, '*'], body: rows.map(([label, value]): TableCell[] => [label, ':', { text: value, bold: label === 'Nama' }]) }, layout: 'noBorders' },
          { text: acting, alignment: 'justify', margin: [0, 2, 0, 0] },
        ],
      },
    ],
    margin: [0, 0, 0, 8],
  };
}

const gridLayout = { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 3, paddingBottom: () => 3, fillColor: (row: number) => (row === 0 ? '#EEEEEE' : null) };

function linesTable(lines: ClaimDocumentBase['lines']): Content {
  const header = ['No.', 'Surat Pesanan', 'Jenis Publikasi', 'Tanggal Tayang', 'Jml', 'Harga Satuan', 'Jumlah'].map(
    (text, i): TableCell => ({ text, style: 'tableHeader', alignment: i >= 4 ? 'right' : 'left' }),
  );
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [22, 88, '*', 62, 26, 68, 72],
      body: [
        header,
        ...lines.map((line, index): TableCell[] => [
          String(index + 1),
          line.orderNumber,
          line.productName,
          formatTanggal(line.publishedOn),
          { text: String(line.quantity), alignment: 'right' },
          { text: formatRupiah(line.unitPrice), alignment: 'right' },
          { text: formatRupiah(line.amount), alignment: 'right' },
        ]),
        [{ text: 'Jumlah', colSpan: 6, bold: true, alignment: 'right' }, '', '', '', '', '', { text: formatRupiah(total), bold: true, alignment: 'right' }],
      ],
    },
    layout: gridLayout,
    fontSize: 9,
    margin: [0, 0, 0, 10],
  };
}

function taxTable(data: ClaimDocumentBase): Content {
  const { taxes } = data;
  const rate = `${(taxes.pph23RateBp / 100).toLocaleString('id-ID')}%`;
  const rows: [string, number, boolean?][] = [
    ['Nilai tagihan (termasuk PPN)', taxes.gross],
    ['Dasar pengenaan pajak', taxes.ppnBase],
    [taxes.pkp ? `PPN (${data.ppnRateLabel})${taxes.ppnWithheld === 0 ? ', tidak dipungut bendahara' : ', dipungut'}` : 'PPN (bukan PKP)', taxes.ppn],
    [`PPh Pasal 23 (${rate} dari dasar pengenaan pajak), dipotong`, taxes.pph23],
    ['Potongan pajak oleh bendahara', taxes.ppnWithheld + taxes.pph23],
    ['Jumlah bersih yang dibayarkan', taxes.net, true],
  ];
  return {
    table: {
      widths: ['*', 110],
      body: rows.map(([label, amount, bold]): TableCell[] => [{ text: label, bold: Boolean(bold) }, { text: formatRupiah(amount), alignment: 'right', bold: Boolean(bold) }]),
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 3, paddingBottom: () => 3 },
    fontSize: 10,
    margin: [0, 0, 0, 10],
  };
}

function approvalsTable(approvals: HandoverMinutesDocument['approvals']): Content {
  return {
    table: {
      headerRows: 1,
      widths: [22, '*', '*', 80],
      body: [
        ['No.', 'Tahap', 'Disetujui oleh', 'Tanggal'].map((text): TableCell => ({ text, style: 'tableHeader' })),
        ...approvals.map((a, i): TableCell[] => [String(i + 1), a.step, a.onBehalfOf ? `${a.by} (Plt./Plh. atas nama ${a.onBehalfOf})` : a.by, formatTanggal(a.on)]),
      ],
    },
    layout: gridLayout,
    fontSize: 9,
    margin: [0, 0, 0, 10],
  };
}

function receiptsTable(receipts: PaymentMinutesDocument['taxReceipts']): Content {
  return {
    table: {
      headerRows: 1,
      widths: [60, '*', '*', 70, 80],
      body: [
        ['Jenis', 'NTPN', 'Kode Billing', 'Tanggal Setor', 'Jumlah'].map((text, i): TableCell => ({ text, style: 'tableHeader', alignment: i === 4 ? 'right' : 'left' })),
        ...receipts.map((r): TableCell[] => [
          r.kind === 'ppn' ? 'PPN' : 'PPh 23',
          r.ntpn,
          r.billingCode ?? '-',
          formatTanggal(r.paidOn),
          { text: formatRupiah(r.amount), alignment: 'right' },
        ]),
      ],
    },
    layout: gridLayout,
    fontSize: 9,
    margin: [0, 0, 0, 10],
  };
}

function bankLine(data: ClaimDocumentBase): Content {
  const bank = data.media.bank;
  return bank
    ? paragraph(`Dibayarkan melalui pemindahbukuan ke rekening ${bank.name} nomor ${bank.accountNumber} atas nama ${bank.holder}.`)
    : { text: '' };
}

type SignatureSpec = { heading: string; office: string; signatory: BillingSignatory; meterai?: boolean };

function signatureColumn(spec: SignatureSpec): Column {
  return {
    width: '*',
    alignment: 'center',
    stack: [
      { text: spec.heading, bold: true },
      { text: spec.office },
      spec.meterai ? { text: 'Meterai\nRp10.000', fontSize: 7, color: '#888888', margin: [0, 14, 0, 14] } : { text: ' ', margin: [0, 14, 0, 22] },
      { text: spec.signatory.name ?? '(.................................)', bold: true, decoration: spec.signatory.name ? 'underline' : undefined },
      spec.signatory.nip ? { text: `NIP. ${spec.signatory.nip}` } : { text: '' },
    ],
  };
}

function signatures(...specs: SignatureSpec[]): Content {
  return { unbreakable: true, margin: [0, 18, 0, 0], columns: specs.map(signatureColumn), columnGap: 16, fontSize: specs.length > 2 ? 9 : 11 };
}
