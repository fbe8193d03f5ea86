import { readFileSync } from 'node:fs';
import { TENANT_SLUG_PATTERN } from '@sinergi/contracts';
import { defaultTenantSlug } from '../registry/tenant-slug';
import { parseRegionCatalogue, REGION_CATALOGUE_FILE } from './region-catalogue.service';

describe('the shipped region catalogue', () => {
  const regions = parseRegionCatalogue(readFileSync(REGION_CATALOGUE_FILE, 'utf8'));

  it('holds the 552 regions: 38 provinces, 416 kabupaten, 98 kota', () => {
    expect(regions).toHaveLength(552);
    expect(regions.filter((r) => r.level === 'provinsi')).toHaveLength(38);
    expect(regions.filter((r) => r.level === 'kabupaten')).toHaveLength(416);
    expect(regions.filter((r) => r.level === 'kota')).toHaveLength(98);
  });

  it('gives every region a distinct, valid default slug', () => {
    const slugs = regions.map((r) => defaultTenantSlug(r.name, r.level));
    expect(new Set(slugs).size).toBe(552);
    for (const slug of slugs) expect(slug).toMatch(TENANT_SLUG_PATTERN);
  });

  it('refuses a malformed catalogue', () => {
    expect(() => parseRegionCatalogue('code,name\n11,Aceh')).toThrow(/header/);
    expect(() =>
      parseRegionCatalogue('code,level,name,province_code,province_name,population\n11,negara,Aceh,11,Aceh,1'),
    ).toThrow(/line 2/);
  });
});
