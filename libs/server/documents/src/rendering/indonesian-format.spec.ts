import { formatRupiah, formatTanggal, namaHari, terbilang, terbilangRupiah } from './indonesian-format';

describe('Indonesian formatting', () => {
  it.each([
    [0, 'Rp0'],
    [7, 'Rp7'],
    [999, 'Rp999'],
    [1000, 'Rp1.000'],
    [75000, 'Rp75.000'],
    [1200000, 'Rp1.200.000'],
    [1069091, 'Rp1.069.091'],
    [1390000000, 'Rp1.390.000.000'],
    [-21622, '-Rp21.622'],
  ])('formatRupiah(%p) = %p', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('formatRupiah refuses %p (whole rupiah only)', (amount) => {
    expect(() => formatRupiah(amount)).toThrow(RangeError);
  });

  it.each([
    ['2026-11-23', '23 November 2026', 'Senin'],
    ['2026-01-01', '1 Januari 2026', 'Kamis'],
    ['2025-02-28', '28 Februari 2025', 'Jumat'],
    ['2024-02-29', '29 Februari 2024', 'Kamis'],
    ['2026-03-05', '5 Maret 2026', 'Kamis'],
    ['2026-05-17', '17 Mei 2026', 'Minggu'],
    ['2026-08-17', '17 Agustus 2026', 'Senin'],
    ['2026-12-31T23:59:00+07:00', '31 Desember 2026', 'Kamis'],
  ])('formatTanggal(%p) = %p, a %s', (iso, expected, day) => {
    expect(formatTanggal(iso)).toBe(expected);
    expect(namaHari(iso)).toBe(day);
  });

  it.each(['2025-02-29', '2026-13-01', '23/11/2026', '', '2026-1-5'])('formatTanggal refuses %p', (iso) => {
    expect(() => formatTanggal(iso)).toThrow(RangeError);
  });

  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [115, 'seratus lima belas'],
    [1000, 'seribu'],
    [1500, 'seribu lima ratus'],
    [21622, 'dua puluh satu ribu enam ratus dua puluh dua'],
    [1000000, 'satu juta'],
    [1001000, 'satu juta seribu'],
    [1200000, 'satu juta dua ratus ribu'],
    [1390000000, 'satu miliar tiga ratus sembilan puluh juta'],
  ])('terbilang(%p) = %p', (amount, expected) => {
    expect(terbilang(amount)).toBe(expected);
  });

  it('writes rupiah in words the way kwitansi do', () => {
    expect(terbilangRupiah(1200000)).toBe('Satu Juta Dua Ratus Ribu Rupiah');
  });
});
