import type { FleetMigrationTenantResult } from '@sinergi/contracts';
import { viewResults } from './fleet-results';

const rows: FleetMigrationTenantResult[] = [
  { slug: 'raja-ampat', from: 3, to: 4, status: 'migrated', ms: 40 },
  { slug: 'sorong', from: 4, to: 4, status: 'up-to-date', ms: 2 },
  { slug: 'kota-samarinda', from: 3, to: 3, status: 'failed', error: 'lock timeout', ms: 900 },
  { slug: 'pali', from: 3, to: 4, status: 'migrated', ms: 55 },
];

describe('viewResults', () => {
  it('puts failures first when no sort is chosen, then by slug', () => {
    const view = viewResults(rows, { q: '', status: '', sort: { active: 'slug', direction: '' } });
    expect(view.map((r) => r.slug)).toEqual(['kota-samarinda', 'pali', 'raja-ampat', 'sorong']);
  });

  it('filters by status and by slug or error text', () => {
    expect(viewResults(rows, { q: '', status: 'migrated', sort: { active: 'slug', direction: '' } }).map((r) => r.slug)).toEqual(['pali', 'raja-ampat']);
    expect(viewResults(rows, { q: 'LOCK', status: '', sort: { active: 'slug', direction: '' } }).map((r) => r.slug)).toEqual(['kota-samarinda']);
    expect(viewResults(rows, { q: 'nowhere', status: '', sort: { active: 'slug', direction: '' } })).toEqual([]);
  });

  it('sorts by a numeric column in both directions without touching its input', () => {
    const before = rows.map((r) => r.slug);
    expect(viewResults(rows, { q: '', status: '', sort: { active: 'ms', direction: 'desc' } }).map((r) => r.ms)).toEqual([900, 55, 40, 2]);
    expect(viewResults(rows, { q: '', status: '', sort: { active: 'from', direction: 'asc' } }).map((r) => r.slug)).toEqual(['kota-samarinda', 'pali', 'raja-ampat', 'sorong']);
    expect(rows.map((r) => r.slug)).toEqual(before);
  });
});
