import { formatNumber, joinList } from './localized-format';

describe('numbers and lists in both languages', () => {
  it.each([
    [0, '0', '0'],
    [999, '999', '999'],
    [1000, '1.000', '1,000'],
    [1_250_000, '1.250.000', '1,250,000'],
    [-5, '-5', '-5'],
    [1234.5, '1.234,5', '1,234.5'],
  ])('%d → %s / %s', (value, id, en) => {
    expect(formatNumber(value, 'id')).toBe(id);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it('joins a list with its conjunction', () => {
    expect(joinList(['PT'], 'atau')).toBe('PT');
    expect(joinList(['PT', 'yayasan'], 'or')).toBe('PT or yayasan');
    expect(joinList(['PT', 'yayasan', 'koperasi'], 'atau')).toBe('PT, yayasan atau koperasi');
  });
});
