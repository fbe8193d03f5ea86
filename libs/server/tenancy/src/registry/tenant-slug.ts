import { RegionLevel } from '@sinergi/contracts';

/**
 * The default slug of a region: "Kabupaten Pesisir Barat" → "pesisir-barat",
 * "Kota Samarinda" → "kota-samarinda", a province "Lampung" → "provinsi-lampung"
 * (kabupaten drop their prefix; provinces gain one so "Gorontalo" the province and the
 * kabupaten never collide).
 */
export function defaultTenantSlug(name: string, level: RegionLevel): string {
  const base = level === 'kabupaten' ? name.replace(/^Kabupaten\s+/i, '') : level === 'provinsi' ? `Provinsi ${name}` : name;
  return base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
