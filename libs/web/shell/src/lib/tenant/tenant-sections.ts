import { inject } from '@angular/core';
import { type CanMatchFn, Router } from '@angular/router';
import { TenantAccess } from '@sinergi/web/ui';

/**
 * The first URL segment of each feature lib's pages under `/t/:tenant`. With them the router loads
 * only the lib that has the page (it would otherwise load each `''` lib in turn until one matches:
 * one more round trip per lib before the page shows).
 */
export const PARTNERSHIP_SECTIONS = ['configuration', 'applications', 'announcements', 'agreements', 'packs'] as const;
export const PUBLICATION_SECTIONS = ['orders', 'publication-settings'] as const;
export const BILLING_SECTIONS = ['dashboard', 'approvals', 'claims', 'payments', 'budget', 'taxes', 'approval-chains', 'registers', 'documents'] as const;

/** Matches when the next URL segment is one of `sections`. */
export function sectionIn(sections: readonly string[]): CanMatchFn {
  return (_route, segments) => sections.includes(segments[0]?.path ?? '');
}

/**
 * Starts loading `/me` of the tenant in the URL while the router is still matching (and loading the
 * page's lib); the guards then wait for that same request instead of starting it afterwards.
 */
export const tenantPrefetchMatch: CanMatchFn = () => {
  const segments = inject(Router).currentNavigation()?.extractedUrl.root.children['primary']?.segments ?? [];
  if (segments[0]?.path === 't' && segments[1]) inject(TenantAccess).open(segments[1].path).subscribe();
  return true;
};
