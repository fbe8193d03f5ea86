import { TENANT_SLUG_PATTERN } from '@sinergi/contracts';
import { deriveTenantSlug, slugify } from './derive-slug.util';

describe('deriveTenantSlug', () => {
  it('drops "Kabupaten" from a regency name', () => {
    expect(deriveTenantSlug({ name: 'Kabupaten Pesisir Barat', level: 'kabupaten' })).toBe('pesisir-barat');
  });

  it('keeps "Kota" in a city name', () => {
    expect(deriveTenantSlug({ name: 'Kota Samarinda', level: 'kota' })).toBe('kota-samarinda');
  });

  it('prefixes a province with "provinsi-"', () => {
    expect(deriveTenantSlug({ name: 'Daerah Istimewa Yogyakarta', level: 'provinsi' })).toBe(
      'provinsi-daerah-istimewa-yogyakarta',
    );
    expect(deriveTenantSlug({ name: 'Provinsi Lampung', level: 'provinsi' })).toBe('provinsi-lampung');
  });

  it('always yields a slug the API accepts', () => {
    for (const name of ['Kabupaten Ogan Komering Ilir', 'Kota Pekanbaru', 'Kabupaten Toba']) {
      expect(deriveTenantSlug({ name, level: 'kabupaten' })).toMatch(TENANT_SLUG_PATTERN);
    }
  });
});

describe('slugify', () => {
  it('folds accents, punctuation and repeated separators', () => {
    expect(slugify("  Kepulauan  Seribu (Adm.) — Utara' ")).toBe('kepulauan-seribu-adm-utara');
    expect(slugify('Bébé')).toBe('bebe');
  });

  it('never ends in a hyphen after cutting to 63 characters', () => {
    const slug = slugify(`${'a'.repeat(62)} b`);
    expect(slug.length).toBeLessThanOrEqual(63);
    expect(slug.endsWith('-')).toBe(false);
  });
});
