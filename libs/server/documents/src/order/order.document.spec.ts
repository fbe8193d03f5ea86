import { PdfRenderer } from '../rendering/pdf-renderer';
import { pdfInfo, pdfText } from '../../test/pdf-text';
import { OrderDocument, OrderRenderer } from './order.document';

function order(overrides: Partial<OrderDocument> = {}): OrderDocument {
  return {
    number: '003/SP/DISKOMINFO/2026',
    issuedOn: '2026-03-02',
    letterhead: { governmentName: 'Pemerintah Kabupaten Pesisir Barat', unitName: 'Dinas Komunikasi dan Informatika', address: 'Jalan Merdeka No. 1, Krui', phone: null, email: null, website: null, logoPng: null },
    fiscalYear: 2026,
    signatory: { name: 'Drs. Ahmad Nalpa', position: 'Kepala Dinas Komunikasi dan Informatika', nip: '197001011990031001', institution: 'Dinas Komunikasi dan Informatika' },
    media: { companyLegalName: 'PT Faktapers Media Lampung', companyAddress: 'Jl. Merdeka No. 21, Krui', outletName: 'faktapers.id', mediaType: 'online', url: 'https://faktapers.id' },
    agreement: { number: '001/PKS/DISKOMINFO/2026', signedOn: '2026-02-01' },
    product: { name: 'Advertorial media siber', unit: 'item' },
    quantity: 3,
    unitPrice: 400_000,
    amount: 1_200_000,
    material: { title: 'Bupati Resmikan Pasar Rakyat Krui', body: 'Bupati Pesisir Barat meresmikan pasar rakyat.' },
    window: { from: '2026-03-02', until: '2026-03-04' },
    proofDeadline: '2026-03-06',
    proofFields: ['Tautan berita', 'Tanggal tayang', 'Tangkapan layar'],
    ...overrides,
  };
}

describe('the order letter (surat pesanan)', () => {
  const renderer = new OrderRenderer(new PdfRenderer({ compress: false }));

  it('carries the number, the parties, the agreement, the priced line in words, the window and the proof deadline', async () => {
    const pdf = await renderer.renderOrder(order());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const phrase of [
      'SURAT PESANAN',
      'Nomor: 003/SP/DISKOMINFO/2026',
      'PEMERINTAH KABUPATEN PESISIR BARAT',
      'Pimpinan PT Faktapers Media Lampung',
      'faktapers.id (media siber (daring), https://faktapers.id)',
      'Perjanjian Kerja Sama Nomor 001/PKS/DISKOMINFO/2026',
      'tanggal 1',
      'Februari 2026',
      '3 tayangan',
      'Rp400.000',
      'Rp1.200.000',
      'Terbilang: Satu Juta Dua Ratus Ribu Rupiah',
      '2 Maret 2026 s.d. 4 Maret 2026',
      '6 Maret 2026',
      'Tautan berita, Tanggal tayang, Tangkapan layar',
      'Drs. Ahmad Nalpa',
      'NIP. 197001011990031001',
    ]) {
      expect([phrase, text.includes(phrase)]).toEqual([phrase, true]);
    }
    expect(pdfInfo(pdf, 'Title')).toBe('Surat Pesanan 003/SP/DISKOMINFO/2026');
  });

  it('names a one-day window once and the spot duration', async () => {
    const text = pdfText(await renderer.renderOrder(order({ window: { from: '2026-03-02', until: '2026-03-02' }, product: { name: 'Spot iklan radio', unit: 'slot', durationSeconds: 60 } })));
    expect(text).toContain('durasi 60 detik');
    expect(text).not.toContain('s.d.');
  });
});
