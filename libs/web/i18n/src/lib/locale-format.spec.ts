import { formatLocalDate, formatLocalNumber, formatRupiah, registerSinergiLocales } from './locale-format';

describe('locale formatting', () => {
  beforeAll(() => registerSinergiLocales());

  it('writes rupiah the Indonesian way: Rp, dots for thousands, no decimals', () => {
    expect(formatRupiah(1_200_000, 'id')).toBe('Rp1.200.000');
    expect(formatRupiah(0, 'id')).toBe('Rp0');
  });

  it('keeps the rupiah symbol in English, with English separators', () => {
    expect(formatRupiah(1_200_000, 'en')).toBe('Rp1,200,000');
  });

  it('rounds rupiah to whole amounts', () => {
    expect(formatRupiah(1_499.6, 'id')).toBe('Rp1.500');
  });

  it('formats population counts per language', () => {
    expect(formatLocalNumber(5_623_479, 'id')).toBe('5.623.479');
    expect(formatLocalNumber(5_623_479, 'en')).toBe('5,623,479');
  });

  it('names months in the chosen language', () => {
    const date = new Date(2026, 7, 17, 14, 30);
    expect(formatLocalDate(date, 'id')).toBe('17 Agu 2026');
    expect(formatLocalDate(date, 'en')).toBe('17 Aug 2026');
    expect(formatLocalDate(date, 'id', 'dateTime')).toBe('17 Agu 2026, 14.30');
    expect(formatLocalDate(date, 'en', 'dateTime')).toBe('17 Aug 2026, 14:30');
  });
});
