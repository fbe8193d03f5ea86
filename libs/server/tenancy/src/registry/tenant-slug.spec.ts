import { defaultTenantSlug } from './tenant-slug';

describe('the default slug of a region', () => {
  it.each([
    ['Kabupaten Pesisir Barat', 'kabupaten', 'pesisir-barat'],
    ['Kota Samarinda', 'kota', 'kota-samarinda'],
    ['Kabupaten Penukal Abab Lematang Ilir', 'kabupaten', 'penukal-abab-lematang-ilir'],
    ['Gorontalo', 'provinsi', 'provinsi-gorontalo'],
    ['Kabupaten Gorontalo', 'kabupaten', 'gorontalo'],
    ['Kota Gorontalo', 'kota', 'kota-gorontalo'],
    ['Daerah Istimewa Yogyakarta', 'provinsi', 'provinsi-daerah-istimewa-yogyakarta'],
  ] as const)('%s (%s) → %s', (name, level, slug) => {
    expect(defaultTenantSlug(name, level)).toBe(slug);
  });
});
