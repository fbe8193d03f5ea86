import { BillingDocumentsRenderer, ClaimDocumentBase, handoverMinutesDocument, paymentMinutesDocument, PdfRenderer, receiptDocument } from '@sinergi/server/documents';

/** The text the definition puts on the page (every string of the content tree, in order). */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (node && typeof node === 'object') {
    return Object.entries(node)
      .filter(([key]) => ['text', 'stack', 'columns', 'table', 'body', 'ol', 'ul'].includes(key))
      .map(([, value]) => textOf(value))
      .join(' ');
  }
  return '';
}

const base: ClaimDocumentBase = {
  number: '001/BAST/DISKOMINFO/XI/2026',
  issuedOn: '2026-11-23',
  letterhead: { governmentName: 'PEMERINTAH KABUPATEN PESISIR BARAT', unitName: 'DINAS KOMUNIKASI DAN INFORMATIKA', address: 'Jl. Merdeka 1', phone: null, email: null, website: null, logoPng: null },
  fiscalYear: 2026,
  institution: 'Dinas Komunikasi dan Informatika Kabupaten Pesisir Barat',
  official: { name: 'Drs. Kepala Dinas', nip: '197001011990031001', position: 'Kepala Dinas' },
  media: {
    representative: 'Andi Saputra',
    position: 'Pemimpin Redaksi',
    companyLegalName: 'PT Faktapers Media Lampung',
    companyAddress: 'Jl. Merdeka No. 21, Krui',
    npwp: '02.345.678.9-325.000',
    bank: { name: 'Bank Lampung', accountNumber: '380 01 23456 7', holder: 'PT Faktapers Media Lampung' },
  },
  outlet: { name: 'faktapers.id', mediaType: 'online' },
  claim: { number: '001/TAG/DISKOMINFO/2026', submittedOn: '2026-11-20', agreementNumber: '001/PKS/DISKOMINFO/2026' },
  lines: [{ orderNumber: '001/SP/DISKOMINFO/2026', productName: 'Advertorial', quantity: 1, unitPrice: 1_200_000, amount: 1_200_000, publishedOn: '2026-11-10' }],
  taxes: { gross: 1_200_000, ppnBase: 1_081_081, ppn: 118_919, ppnWithheld: 118_919, pph23: 21_622, pph23RateBp: 200, net: 1_059_459, pkp: true },
  ppnRateLabel: '12% × 11/12',
};

describe('claim documents', () => {
  it('BA serah terima names the parties, the claim, every line and the approvals (a delegate as Plt.)', () => {
    const document = handoverMinutesDocument({
      ...base,
      approvals: [
        { step: 'PPTK', by: 'pptk@pesisirbarat.go.id', on: '2026-11-21', onBehalfOf: null },
        { step: 'PPK', by: 'plt@pesisirbarat.go.id', on: '2026-11-22', onBehalfOf: 'Budi PPK' },
      ],
    });
    const text = textOf(document.content);
    for (const expected of ['BERITA ACARA SERAH TERIMA PEKERJAAN', 'NOMOR: 001/BAST/DISKOMINFO/XI/2026', 'Senin, tanggal 23 November 2026', 'PT Faktapers Media Lampung', '001/TAG/DISKOMINFO/2026', '001/PKS/DISKOMINFO/2026', '001/SP/DISKOMINFO/2026', 'Rp1.200.000', 'Satu Juta Dua Ratus Ribu Rupiah', 'Plt./Plh. atas nama Budi PPK', 'NIP. 197001011990031001']) {
      expect(text).toContain(expected);
    }
    expect(document.footerNote).toBe('BAST Nomor 001/BAST/DISKOMINFO/XI/2026');
  });

  it('the kwitansi says the gross in words, the taxes withheld and the net, and has no meterai below Rp5,000,000', () => {
    const document = receiptDocument({ ...base, number: '001/KW/DISKOMINFO/XI/2026', treasurer: { name: null, nip: null, position: 'Bendahara Pengeluaran' }, sp2d: { number: '00123/SP2D/LS/2026', date: '2026-11-23' } });
    const text = textOf(document.content);
    for (const expected of ['KWITANSI', 'Satu Juta Dua Ratus Ribu Rupiah', 'Rp1.081.081', 'Rp118.919', 'Rp21.622', 'Rp1.059.459', 'PPN (12% × 11/12), dipungut', '00123/SP2D/LS/2026', 'Bank Lampung', 'Lunas dibayar']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Meterai');
    const big = receiptDocument({ ...base, taxes: { ...base.taxes, gross: 6_000_000 }, treasurer: { name: null, nip: null, position: 'Bendahara' }, sp2d: { number: 'x', date: '2026-11-23' } });
    expect(textOf(big.content)).toContain('Meterai');
  });

  it('BA pembayaran carries the SP2D, the tax deposits (NTPN) and the BA serah terima it rests on', () => {
    const document = paymentMinutesDocument({
      ...base,
      number: '001/BAP/DISKOMINFO/XI/2026',
      treasurer: { name: null, nip: null, position: 'Bendahara Pengeluaran' },
      handoverNumber: '001/BAST/DISKOMINFO/XI/2026',
      sp2d: { number: '00123/SP2D/LS/2026', date: '2026-11-23', amount: 1_059_459 },
      taxReceipts: [
        { kind: 'ppn', ntpn: 'AB12CD34EF56GH78', billingCode: '123456789012345', amount: 118_919, paidOn: '2026-11-23' },
        { kind: 'pph23', ntpn: 'ZX98CV76BN54ML32', billingCode: null, amount: 21_622, paidOn: '2026-11-23' },
      ],
    });
    const text = textOf(document.content);
    for (const expected of ['BERITA ACARA PEMBAYARAN', '00123/SP2D/LS/2026', 'Rp1.059.459', 'Satu Juta Lima Puluh Sembilan Ribu Empat Ratus Lima Puluh Sembilan Rupiah', 'AB12CD34EF56GH78', 'ZX98CV76BN54ML32', '001/BAST/DISKOMINFO/XI/2026', 'PPh 23']) {
      expect(text).toContain(expected);
    }
  });

  it('renders each as a PDF', async () => {
    const renderer = new BillingDocumentsRenderer(new PdfRenderer({ compress: false }));
    const treasurer = { name: null, nip: null, position: 'Bendahara Pengeluaran' };
    const pdfs = [
      await renderer.renderHandoverMinutes({ ...base, approvals: [] }),
      await renderer.renderReceipt({ ...base, treasurer, sp2d: { number: 'SP2D-1', date: '2026-11-23' } }),
      await renderer.renderPaymentMinutes({ ...base, treasurer, handoverNumber: null, sp2d: { number: 'SP2D-1', date: '2026-11-23', amount: 1_059_459 }, taxReceipts: [] }),
    ];
    for (const pdf of pdfs) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('Sinergi');
    }
  });
});
