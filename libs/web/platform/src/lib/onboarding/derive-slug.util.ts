import type { Region } from '@sinergi/contracts';

const MAX_SLUG_LENGTH = 63;

/**
 * The default tenant slug for a region, as the API derives it:
 * "Kabupaten Pesisir Barat" → `pesisir-barat`, "Kota Samarinda" → `kota-samarinda`,
 * province "Lampung" → `provinsi-lampung`.
 */
export function deriveTenantSlug(region: Pick<Region, 'name' | 'level'>): string {
  switch (region.level) {
    case 'kabupaten':
      return slugify(region.name.replace(/^kabupaten\s+/i, ''));
    case 'kota':
      return slugify(/^kota\s/i.test(region.name) ? region.name : `Kota ${region.name}`);
    case 'provinsi':
      return slugify(`provinsi ${region.name.replace(/^provinsi\s+/i, '')}`);
  }
}

/** Lower-case ASCII letters and digits joined by single hyphens, at most 63 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}
