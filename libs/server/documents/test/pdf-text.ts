/**
 * The text drawn on the pages of an uncompressed PDF from pdfkit with the standard fonts: each
 * TJ array's hex strings decoded (WinAnsi, so latin1 here), page by page, top to bottom (the
 * footer is drawn in between the body, so runs are sorted by baseline), a new line where the
 * baseline moves. Enough to find a phrase on a page; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const pages: string[] = [];
  for (const [, stream] of source.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    const runs: { y: number; order: number; text: string }[] = [];
    for (const match of stream.matchAll(/1 0 0 1 [\d.]+ ([\d.]+) Tm\s*\/F\d+ [\d.]+ Tf\s*\[([^\]]*)\] TJ/g)) {
      const [, y, array] = match;
      const text = [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join('');
      runs.push({ y: Number(y), order: runs.length, text });
    }
    if (runs.length === 0) continue;
    runs.sort((a, b) => b.y - a.y || a.order - b.order);
    pages.push(runs.map((run, i) => (i > 0 && run.y !== runs[i - 1].y ? '\n' : '') + run.text).join(''));
  }
  return pages.join('\n');
}

/** Pages of a PDF: page objects, not the page tree. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/** A string of the document information dictionary (Title, Subject, Creator...), as pdfkit writes it. */
export function pdfInfo(pdf: Buffer, key: string): string | null {
  const source = pdf.toString('latin1');
  const direct = new RegExp(`/${key} \\(((?:\\\\.|[^\\\\)])*)\\)`).exec(source);
  const reference = new RegExp(`/${key} (\\d+) 0 R`).exec(source);
  const literal = direct?.[1] ?? (reference ? new RegExp(`\\n${reference[1]} 0 obj\\n\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(source)?.[1] : undefined);
  return literal === undefined ? null : literal.replace(/\\([()\\])/g, '$1');
}
