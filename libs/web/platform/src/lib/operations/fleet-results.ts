import type { FleetMigrationTenantResult } from '@sinergi/contracts';

// A run records only the tenants it migrated or that failed (the up-to-date ones are only counted).
export const RESULT_STATUSES = ['failed', 'migrated'] as const satisfies readonly FleetMigrationTenantResult['status'][];
export type ResultSortColumn = 'slug' | 'from' | 'to' | 'status' | 'ms';
export type ResultView = {
  q: string;
  status: FleetMigrationTenantResult['status'] | '';
  sort: { active: ResultSortColumn; direction: 'asc' | 'desc' | '' };
};

/** Failures first by default: they are what the admin opens this page for. */
const STATUS_ORDER: Record<FleetMigrationTenantResult['status'], number> = { failed: 0, migrated: 1, 'up-to-date': 2 };

/** The per-tenant results of a run, filtered and sorted in the browser (a run has at most one row per tenant). */
export function viewResults(results: readonly FleetMigrationTenantResult[], view: ResultView): FleetMigrationTenantResult[] {
  const q = view.q.trim().toLowerCase();
  const rows = results.filter(
    (row) => (!view.status || row.status === view.status) && (!q || row.slug.includes(q) || (row.error ?? '').toLowerCase().includes(q)),
  );
  const sign = view.sort.direction === 'desc' ? -1 : 1;
  const column = view.sort.direction ? view.sort.active : 'status';
  return rows.sort((a, b) => sign * compare(a, b, column) || a.slug.localeCompare(b.slug));
}

function compare(a: FleetMigrationTenantResult, b: FleetMigrationTenantResult, column: ResultSortColumn): number {
  switch (column) {
    case 'slug':
      return a.slug.localeCompare(b.slug);
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    default:
      return a[column] - b[column];
  }
}
