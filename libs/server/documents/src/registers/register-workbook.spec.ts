import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { RegisterRow, writeRegisterWorkbook } from './register-workbook';

async function* batches(total: number, size: number): AsyncIterable<RegisterRow[]> {
  for (let start = 0; start < total; start += size) {
    yield Array.from({ length: Math.min(size, total - start) }, (_, i) => ({
      number: `${String(start + i + 1).padStart(3, '0')}/SP/DISKOMINFO/2026`,
      outlet: i % 2 ? 'lampungpost.id' : 'Radar Lampung',
      orderedOn: '2026-03-15',
      amount: 1_200_000,
    }));
  }
}

describe('writeRegisterWorkbook', () => {
  it('streams batches into a sheet with a heading, typed cells and a totals row', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const counts = await writeRegisterWorkbook(
      output,
      [
        {
          title: 'Pesanan',
          heading: ['PEMERINTAH KABUPATEN PESISIR BARAT', 'Register pesanan 2026'],
          columns: [
            { key: 'number', header: 'Nomor' },
            { key: 'outlet', header: 'Media' },
            { key: 'orderedOn', header: 'Tanggal', format: 'date' },
            { key: 'amount', header: 'Nilai (Rp)', format: 'rupiah' },
          ],
          rows: batches(1_001, 250),
        },
      ],
      { creator: 'Sinergi' },
    );
    expect(counts).toEqual([1_001]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Pesanan')!;
    expect(sheet.getCell('A1').value).toBe('PEMERINTAH KABUPATEN PESISIR BARAT');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Nomor', 'Media', 'Tanggal', 'Nilai (Rp)']);
    expect(sheet.getCell('A5').value).toBe('001/SP/DISKOMINFO/2026');
    expect((sheet.getCell('C5').value as Date).toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(sheet.getCell('D5').numFmt).toBe('#,##0');
    const last = sheet.getRow(4 + 1_001 + 1);
    expect([last.getCell(1).value, last.getCell(4).value]).toEqual(['Jumlah', 1_001 * 1_200_000]);
  });
});
