import { AppException } from '@sinergi/server/core';
import { DEFAULT_FORMATS, DOCUMENT_KINDS, formatDocumentNumber, toRomanMonth, validateFormat } from './number-format';

describe('document number formats', () => {
  it.each(DOCUMENT_KINDS)('the default format of %s is valid and starts with the padded sequence', (kind) => {
    expect(() => validateFormat(DEFAULT_FORMATS[kind])).not.toThrow();
    expect(formatDocumentNumber(DEFAULT_FORMATS[kind], { sequence: 7, fiscalYear: 2026, unit: 'DKI', issuedOn: '2026-07-01' })).toMatch(/^007\/[A-Z]+\/DKI\/(VII\/)?2026$/);
  });

  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [12, 'XII'],
  ])('month %p is %p in Roman numerals', (month, roman) => {
    expect(toRomanMonth(month)).toBe(roman);
    expect(formatDocumentNumber('{seq}/{romanMonth}', { sequence: 1, fiscalYear: 2026, issuedOn: `2026-${String(month).padStart(2, '0')}-10` })).toBe(`1/${roman}`);
  });

  it('keeps long sequences whole even past the width', () => {
    expect(formatDocumentNumber('{seq:3}', { sequence: 12345, fiscalYear: 2026, issuedOn: '2026-01-01' })).toBe('12345');
  });

  it('needs a well-formed unit only when the format has {unit}', () => {
    expect(() => formatDocumentNumber('{seq}/{unit}', { sequence: 1, fiscalYear: 2026, issuedOn: '2026-01-01' })).toThrow(AppException);
    expect(() => formatDocumentNumber('{seq}/{unit}', { sequence: 1, fiscalYear: 2026, unit: '../x y', issuedOn: '2026-01-01' })).toThrow(AppException);
    expect(formatDocumentNumber('{seq}/{unit}', { sequence: 1, fiscalYear: 2026, unit: '027/Kominfo', issuedOn: '2026-01-01' })).toBe('1/027/Kominfo');
  });

  it('lists every problem of a format at once', () => {
    try {
      validateFormat('{foo}/{year:2}');
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as AppException).code).toBe('VALIDATION_FAILED');
      expect((error as AppException).details.map((detail) => detail.message)).toEqual([
        'unknown placeholder {foo}',
        'only {seq} takes a width, not {year}',
        'must contain {seq}',
      ]);
    }
  });
});
