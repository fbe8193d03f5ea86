import { crc32, deflateSync } from 'node:zlib';
import { AppException } from '@sinergi/server/core';
import { AgreementDocument, AgreementRenderer, Letterhead, PdfRenderer } from '../src';
import { pdfInfo, pdfPageCount, pdfText } from './pdf-text';

/** A real (tiny) PNG: a red 4x4 emblem. */
function emblemPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, ...Array.from({ length: 4 }, () => [200, 30, 30]).flat()])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const letterhead: Letterhead = {
  governmentName: 'Pemerintah Kabupaten Pesisir Barat',
  unitName: 'Dinas Komunikasi dan Informatika',
  address: 'Jalan Merdeka No. 1, Krui, Pesisir Barat, Lampung 34874',
  phone: '(0728) 123456',
  email: 'diskominfo@pesisirbaratkab.go.id',
  website: 'pesisirbaratkab.go.id',
  logoPng: emblemPng(),
};

function agreement(overrides: Partial<AgreementDocument> = {}): AgreementDocument {
  return {
    number: '007/PKS/DISKOMINFO/2026',
    signedOn: '2026-11-23',
    letterhead,
    legalBasis: 'Peraturan Bupati Pesisir Barat Nomor 12 Tahun 2024 tentang Kerja Sama Publikasi',
    fiscalYear: 2026,
    tenantParty: { name: 'Drs. Ahmad Yani, M.Si.', position: 'Kepala Dinas', nip: '197001012000031001', institution: 'Dinas Komunikasi dan Informatika Kabupaten Pesisir Barat' },
    mediaParty: { name: 'Siti Rahmawati', position: 'Direktur', companyLegalName: 'PT Krui Media Utama', companyAddress: 'Jalan Pantai No. 7, Krui' },
    outlet: { name: 'Krui Pos Online', mediaType: 'online', url: 'https://kruipos.id' },
    tier: { code: 'A', label: 'Terverifikasi faktual Dewan Pers' },
    term: { startsOn: '2026-01-02', endsOn: '2026-12-31' },
    ceiling: 14400000,
    unitPrices: [
      { product: 'Advertorial', unit: 'per tayang', price: 1200000 },
      { product: 'Banner', unit: 'per bulan', price: 750000 },
    ],
    ...overrides,
  };
}

describe('Agreement PDF', () => {
  const plain = new AgreementRenderer(new PdfRenderer({ compress: false }));
  const compressed = new AgreementRenderer(new PdfRenderer());

  it('is a PDF, compressed by default and smaller so', async () => {
    const started = performance.now();
    const pdf = await compressed.renderAgreement(agreement());
    const cold = performance.now() - started;
    const warmStarted = performance.now();
    for (let i = 0; i < 5; i++) await compressed.renderAgreement(agreement());
    const warm = (performance.now() - warmStarted) / 5;
    // Reported, not asserted (timing depends on the machine): the first render loads the font metrics.
    process.stdout.write(`agreement render (compressed, ${pdf.length} bytes): first ${cold.toFixed(0)} ms, then ${warm.toFixed(0)} ms each\n`);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim().endsWith('%%EOF')).toBe(true);
    expect(pdfText(pdf)).not.toContain('PERJANJIAN');
    const uncompressed = await plain.renderAgreement(agreement());
    expect(pdf.length).toBeLessThan(uncompressed.length);
  });

  it('carries the number, parties, outlet, articles and the amounts formatted the Indonesian way', async () => {
    const pdf = await plain.renderAgreement(agreement());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim().endsWith('%%EOF')).toBe(true);
    // Phrases may wrap: compare with every run of white space as one space.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KABUPATEN PESISIR BARAT',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'PERJANJIAN KERJA SAMA PUBLIKASI',
      'NOMOR: 007/PKS/DISKOMINFO/2026',
      'Senin, tanggal 23 November 2026',
      'PIHAK PERTAMA',
      'PIHAK KEDUA',
      'Krui Pos Online',
      'Peraturan Bupati Pesisir Barat Nomor 12 Tahun 2024',
      'Rp1.200.000',
      'Rp750.000',
      'Rp14.400.000',
      'Empat Belas Juta Empat Ratus Ribu Rupiah',
      '2 Januari 2026',
      '31 Desember',
      'bukti tayang',
      'NIP. 197001012000031001',
      'Halaman 1 dari',
    ]) {
      expect(text).toContain(expected);
    }
    for (let article = 1; article <= 7; article++) expect(text).toContain(`Pasal ${article}`);
    for (const heading of ['Ruang Lingkup', 'Jangka Waktu', 'Nilai dan Tarif', 'Hak dan Kewajiban', 'Pembayaran dan Pajak', 'Sanksi', 'Penutup']) {
      expect(text).toContain(heading);
    }
    expect(pdfInfo(pdf, 'Creator')).toBe('Sinergi');
    expect(pdfInfo(pdf, 'Title')).toBe('Perjanjian Kerja Sama Publikasi 007/PKS/DISKOMINFO/2026');
    expect(pdfInfo(pdf, 'Subject')).toBe('PKS Krui Pos Online Tahun Anggaran 2026');
    // The emblem is embedded as an image.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('states an open value without a ceiling, and renders without logo and contacts', async () => {
    const text = pdfText(
      await plain.renderAgreement(
        agreement({ ceiling: null, legalBasis: null, letterhead: { ...letterhead, logoPng: null, phone: null, email: null, website: null, address: null }, tenantParty: { ...agreement().tenantParty, nip: null } }),
      ),
    );
    expect(text).toContain('ketersediaan anggaran');
    expect(text).not.toContain('Rp14.400.000');
    expect(text).not.toContain('NIP.');
    expect(text).toContain('Undang-Undang Nomor 40 Tahun 1999 tentang Pers');
  });

  it('runs a 30-row price table over more than one page, with every row and page numbers', async () => {
    const unitPrices = Array.from({ length: 30 }, (_, i) => ({ product: `Produk publikasi ${i + 1}`, unit: 'per tayang', price: 100000 * (i + 1) }));
    const pdf = await plain.renderAgreement(agreement({ unitPrices }));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    for (let row = 1; row <= 30; row++) expect(text).toContain(`Produk publikasi ${row}per tayang`);
    expect(text).toContain('Rp3.000.000');
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text).toContain(`Halaman 1 dari ${pages}`);
  });

  it('repeats the header row of a price table that runs over a page break', async () => {
    const unitPrices = Array.from({ length: 80 }, (_, i) => ({ product: `Produk ${i + 1}`, unit: 'per tayang', price: 50000 }));
    const text = pdfText(await plain.renderAgreement(agreement({ unitPrices })));
    expect(text.match(/No\.Jenis PublikasiSatuanTarif/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('80Produk 80per tayangRp50.000');
  });

  it('refuses a logo that is not a PNG', async () => {
    const failure = plain.renderAgreement(agreement({ letterhead: { ...letterhead, logoPng: Buffer.from('GIF89a not a png') } }));
    await expect(failure).rejects.toBeInstanceOf(AppException);
    await expect(failure).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('refuses to read files or fetch URLs a definition names', async () => {
    const renderer = new PdfRenderer({ compress: false });
    await expect(renderer.render({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(/denied/);
    await expect(renderer.render({ content: [{ image: 'http://127.0.0.1:9/logo.png' }] })).rejects.toThrow(/denied|Access/);
  });
});
