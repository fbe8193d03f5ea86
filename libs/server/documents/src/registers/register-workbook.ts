import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

/** A register's cell: rupiah amounts and counts are numbers, dates 'YYYY-MM-DD' strings. */
export type RegisterCell = string | number | null;
export type RegisterRow = Record<string, RegisterCell>;

export type RegisterColumn = {
  key: string;
  header: string;
  /** rupiah: whole numbers with thousands separators, summed in the totals row; date: an Excel date. */
  format?: 'text' | 'integer' | 'rupiah' | 'date';
  width?: number;
};

export type RegisterSheet = {
  title: string;
  /** Lines above the table: the region, the unit, the period, the filter. */
  heading: string[];
  columns: RegisterColumn[];
  /** Batches of rows, so a year of orders never sits in memory at once. */
  rows: AsyncIterable<RegisterRow[]>;
};

const RUPIAH_FORMAT = '#,##0';
const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * Writes registers (rekap) for the SPJ as an .xlsx to `output`, streaming: rows are committed as they
 * come, so memory stays flat however long the year was. Each sheet ends with a totals row of its
 * rupiah columns. Resolves with the number of data rows written per sheet.
 */
export async function writeRegisterWorkbook(output: Writable, sheets: RegisterSheet[], meta: { creator: string }): Promise<number[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.creator;
  workbook.created = new Date();
  const counts: number[] = [];
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: sheet.heading.length + 2 }] });
    worksheet.columns = sheet.columns.map((column) => ({ key: column.key, width: column.width ?? defaultWidth(column) }));
    for (const line of sheet.heading) {
      const row = worksheet.addRow([line]);
      row.font = { bold: true };
      row.commit();
    }
    worksheet.addRow([]).commit();
    const header = worksheet.addRow(sheet.columns.map((column) => column.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
    const totals = new Map(sheet.columns.filter((c) => c.format === 'rupiah').map((c) => [c.key, 0]));
    let count = 0;
    for await (const batch of sheet.rows) {
      for (const record of batch) {
        const row = worksheet.addRow(sheet.columns.map((column) => cellValue(column, record[column.key] ?? null)));
        sheet.columns.forEach((column, index) => {
          if (column.format === 'rupiah') row.getCell(index + 1).numFmt = RUPIAH_FORMAT;
          if (column.format === 'date') row.getCell(index + 1).numFmt = DATE_FORMAT;
        });
        for (const [key, sum] of totals) totals.set(key, sum + (Number(record[key]) || 0));
        row.commit();
        count += 1;
      }
    }
    if (totals.size) {
      const row = worksheet.addRow(sheet.columns.map((column, index) => (totals.has(column.key) ? totals.get(column.key)! : index === 0 ? 'Jumlah' : null)));
      row.font = { bold: true };
      sheet.columns.forEach((column, index) => {
        if (column.format === 'rupiah') row.getCell(index + 1).numFmt = RUPIAH_FORMAT;
      });
      row.commit();
    }
    worksheet.commit();
    counts.push(count);
  }
  await workbook.commit();
  return counts;
}

function cellValue(column: RegisterColumn, value: RegisterCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    // Midnight UTC of the calendar date: Excel shows the date the register means, in any time zone.
    return new Date(`${value.slice(0, 10)}T00:00:00Z`);
  }
  return value;
}

function defaultWidth(column: RegisterColumn): number {
  if (column.format === 'rupiah') return 16;
  if (column.format === 'date') return 12;
  if (column.format === 'integer') return 8;
  return Math.max(12, Math.min(40, column.header.length + 4));
}
