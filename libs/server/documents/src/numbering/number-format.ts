import { AppException } from '@sinergi/server/core';

export const DOCUMENT_KINDS = ['agreement', 'order', 'receipt', 'handover-minutes', 'payment-minutes', 'claim'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Indonesian government style: sequence / document code / issuing unit / year. Kwitansi and berita
 * acara usually also carry the Roman month of issue.
 */
export const DEFAULT_FORMATS: Readonly<Record<DocumentKind, string>> = {
  agreement: '{seq:3}/PKS/{unit}/{year}',
  order: '{seq:3}/SP/{unit}/{year}',
  receipt: '{seq:3}/KW/{unit}/{romanMonth}/{year}',
  'handover-minutes': '{seq:3}/BAST/{unit}/{romanMonth}/{year}',
  'payment-minutes': '{seq:3}/BAP/{unit}/{romanMonth}/{year}',
  // The media's claim (tagihan), numbered by the region when it is submitted.
  claim: '{seq:3}/TAG/{unit}/{year}',
};

/** What the placeholders of a format are filled with. */
export type NumberParts = {
  sequence: number;
  fiscalYear: number;
  /** The issuing unit's short code, e.g. "DISKOMINFO" or "027/Kominfo". */
  unit?: string;
  /** The date of issue (YYYY-MM-DD), for {month}, {romanMonth}. */
  issuedOn: string;
};

const PLACEHOLDER = /\{([A-Za-z]+)(?::(\d+))?\}/g;
const KNOWN = new Set(['seq', 'unit', 'year', 'month', 'romanMonth']);
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const MAX_FORMAT_LENGTH = 200;
// A unit code sits between slashes: letters, digits and the usual dots, dashes and inner slashes.
const UNIT = /^[A-Za-z0-9][A-Za-z0-9.\-/]{0,59}$/;

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Refuses a format that could not number documents: no {seq}, unknown placeholders, stray braces. */
export function validateFormat(format: string): void {
  const problems: string[] = [];
  if (format.length === 0 || format.length > MAX_FORMAT_LENGTH) problems.push(`must be 1 to ${MAX_FORMAT_LENGTH} characters`);
  let hasSeq = false;
  for (const match of format.matchAll(PLACEHOLDER)) {
    const [, name, width] = match;
    if (!KNOWN.has(name)) problems.push(`unknown placeholder {${name}}`);
    if (width !== undefined && name !== 'seq') problems.push(`only {seq} takes a width, not {${name}}`);
    if (width !== undefined && (Number(width) < 1 || Number(width) > 10)) problems.push('the width of {seq:N} must be 1 to 10');
    if (name === 'seq') hasSeq = true;
  }
  if (!hasSeq) problems.push('must contain {seq}');
  if (/[{}]/.test(format.replace(PLACEHOLDER, ''))) problems.push('has a brace outside a placeholder');
  if (problems.length > 0) {
    throw new AppException(
      'VALIDATION_FAILED',
      { en: 'The document number format is not valid.', id: 'Format nomor dokumen tidak valid.' },
      problems.map((message) => ({ field: 'format', message })),
    );
  }
}

/** Fills a (validated) format. */
export function formatDocumentNumber(format: string, parts: NumberParts): string {
  const month = monthOf(parts.issuedOn);
  return format.replace(PLACEHOLDER, (_whole, name: string, width: string | undefined) => {
    switch (name) {
      case 'seq':
        return String(parts.sequence).padStart(width === undefined ? 1 : Number(width), '0');
      case 'year':
        return String(parts.fiscalYear);
      case 'month':
        return String(month).padStart(2, '0');
      case 'romanMonth':
        return ROMAN_MONTHS[month - 1];
      case 'unit':
        return checkedUnit(parts.unit);
      default:
        // validateFormat keeps these out; a row written around it must not yield a wrong number.
        throw new Error(`Unknown placeholder {${name}} in document number format`);
    }
  });
}

export function toRomanMonth(month: number): string {
  const roman = ROMAN_MONTHS[month - 1];
  if (!Number.isInteger(month) || roman === undefined) throw new RangeError(`Not a month: ${month}`);
  return roman;
}

function checkedUnit(unit: string | undefined): string {
  if (unit === undefined || !UNIT.test(unit)) {
    throw new AppException(
      'VALIDATION_FAILED',
      { en: 'The document number needs the code of the issuing unit.', id: 'Nomor dokumen memerlukan kode unit penerbit.' },
      [{ field: 'unit', message: unit === undefined ? 'the format has {unit}: pass the unit code' : 'letters, digits, dot, dash or slash, at most 60' }],
    );
  }
  return unit;
}

function monthOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? Number(match[2]) : NaN;
  if (!(month >= 1 && month <= 12)) {
    throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'issuedOn', message: 'must be a date YYYY-MM-DD' }]);
  }
  return month;
}

// Today's date in Western Indonesian Time, where most tenants are; callers elsewhere pass issuedOn.
export { todayInJakarta } from '@sinergi/server/core';
