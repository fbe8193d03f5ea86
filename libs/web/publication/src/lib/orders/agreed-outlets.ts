import { computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { INITIAL_LOAD_STATE, PublicationApi, loadStates } from '@sinergi/web/api-client';
import { TenantAccess } from '@sinergi/web/ui';
import { of } from 'rxjs';

/**
 * The outlets with an agreement in a fiscal year, for an outlet filter: loaded once the filter is
 * first opened (`wanted.set(true)`), not with the list. Call in an injection context.
 */
export function agreedOutlets(fiscalYear: () => number) {
  const api = inject(PublicationApi);
  const access = inject(TenantAccess);
  const wanted = signal(false);
  const state = toSignal(
    toObservable(computed(() => (wanted() ? fiscalYear() : null))).pipe(
      loadStates((year) => (year !== null && access.slug() ? api.distribution(access.slug(), { fiscalYear: year, sort: 'outlet', direction: 'asc' }) : of([]))),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  const outlets = computed(() => {
    const seen = new Map<string, string>();
    for (const row of state().value ?? []) seen.set(row.outlet.id, row.outlet.name);
    return [...seen].map(([id, name]) => ({ id, name }));
  });
  return { wanted, state, outlets };
}
