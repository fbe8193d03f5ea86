import { type Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, type ParamMap, Router } from '@angular/router';
import { INITIAL_LOAD_STATE, type LoadState, loadStates } from '@sinergi/web/api-client';
import { type Observable, concat, debounceTime, distinctUntilChanged, of } from 'rxjs';

export type Paging = { page: number; pageSize: number };

/** The 1-based page and its size of a paginator's event. */
export function pagingOf(event: PageEvent): Paging {
  return { page: event.pageIndex + 1, pageSize: event.pageSize };
}

/**
 * The rows of `query()`, loaded again whenever the query changes or `reload()` is called (a newer
 * request cancels the older). Call in an injection context (a component's field initialiser).
 * `eager`: the first request leaves as the component is created, not after its first render (only
 * for queries of the component's own signals: route inputs are not bound yet at that point).
 */
export function loadOnChange<Q, R>(query: () => Q, load: (query: Q) => Observable<R>, options: { eager?: boolean } = {}): { state: Signal<LoadState<R>>; reload: () => void } {
  const reloads = signal(0);
  const source = computed(() => ({ query: query(), reload: reloads() }));
  // The effect behind toObservable first emits the same (memoised) value: distinctUntilChanged drops it.
  const changes = options.eager ? concat(of(untracked(source)), toObservable(source)).pipe(distinctUntilChanged()) : toObservable(source);
  const state = toSignal(changes.pipe(loadStates(({ query }) => load(query))), { initialValue: INITIAL_LOAD_STATE });
  return { state, reload: () => reloads.update((count) => count + 1) };
}

export type PaginatedList<F extends object, R> = {
  /** The filters and sort as the user set them (text fields without the debounce). */
  filters: Signal<F>;
  page: Signal<number>;
  pageSize: Signal<number>;
  /** The current page of rows, its total, and whether it is loading or failed. */
  state: Signal<LoadState<R>>;
  /** Changes filters or sort; the list goes back to its first page. */
  set: (change: Partial<F>) => void;
  /** For `<mat-paginator (page)>`. */
  onPage: (event: PageEvent) => void;
  reload: () => void;
};

/**
 * A staff list page's filter, sort and pagination state and its loaded page of rows. The text
 * filters named in `debounced` reach the API 300 ms after the user stops typing, trimmed. Call in an injection context (a component's field initialiser).
 */
export function paginatedList<F extends object, R>(options: {
  filters: F;
  pageSize?: number;
  debounced?: readonly (keyof F)[];
  /** Keep filters, sort and page in the query string (a reload or a shared link shows the same list). */
  url?: boolean;
  load: (query: F & Paging) => Observable<R>;
}): PaginatedList<F, R> {
  const defaultPageSize = options.pageSize ?? 25;
  const route = options.url ? inject(ActivatedRoute) : null;
  const fromUrl = route ? listStateFromParams(options.filters, defaultPageSize, route.snapshot.queryParamMap) : null;
  const filters = signal(fromUrl?.filters ?? options.filters);
  const page = signal(fromUrl?.page ?? 1);
  const pageSize = signal(fromUrl?.pageSize ?? defaultPageSize);
  if (route) {
    const router = inject(Router);
    effect(() => {
      const queryParams = listStateParams(options.filters, defaultPageSize, { filters: filters(), page: page(), pageSize: pageSize() });
      // Nothing to write (the first run, as a rule): no navigation, which could cancel one in flight.
      const current = route.snapshot.queryParamMap;
      const same = Object.entries(queryParams).every(([key, value]) =>
        value === null ? !current.has(key) : ([] as (string | number)[]).concat(value).map(String).join('\u0000') === current.getAll(key).join('\u0000'),
      );
      if (!same) untracked(() => void router.navigate([], { relativeTo: route, queryParams, queryParamsHandling: 'merge', replaceUrl: true }));
    });
  }
  const keys = options.debounced ?? [];
  const typed = computed(() => keys.map((key) => String(filters()[key] ?? '').trim()).join('\u0000'));
  const settled = keys.length
    ? toSignal(toObservable(typed).pipe(debounceTime(300), distinctUntilChanged()), { initialValue: typed() })
    : typed;
  const query = computed<F & Paging>(() => {
    const values = settled().split('\u0000');
    const debouncedValues = Object.fromEntries(keys.map((key, index) => [key, values[index] ?? '']));
    return { ...filters(), ...debouncedValues, page: page(), pageSize: pageSize() };
  });
  const { state, reload } = loadOnChange(query, options.load, { eager: true });
  return {
    filters,
    page,
    pageSize,
    state,
    set: (change) => {
      filters.update((current) => ({ ...current, ...change }));
      page.set(1);
    },
    onPage: (event) => {
      const paging = pagingOf(event);
      page.set(paging.page);
      pageSize.set(paging.pageSize);
    },
    reload,
  };
}

type ListState<F> = { filters: F; page: number; pageSize: number };

/**
 * A list's state read from the query string: each filter takes the type of its default (numbers,
 * strings, string lists); values that do not fit are ignored.
 */
export function listStateFromParams<F extends object>(defaults: F, defaultPageSize: number, params: Pick<ParamMap, 'get' | 'getAll' | 'has'>): ListState<F> {
  const filters = { ...defaults } as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(defaults)) {
    if (!params.has(key)) continue;
    if (Array.isArray(fallback)) filters[key] = params.getAll(key);
    else if (typeof fallback === 'number') {
      const value = Number(params.get(key));
      if (Number.isFinite(value)) filters[key] = value;
    } else if (typeof fallback === 'string') filters[key] = params.get(key) ?? fallback;
  }
  const whole = (key: string, fallback: number) => {
    const value = Number(params.get(key));
    return params.has(key) && Number.isInteger(value) && value >= 1 ? value : fallback;
  };
  return { filters: filters as F, page: whole('page', 1), pageSize: whole('pageSize', defaultPageSize) };
}

/** The query string of a list's state: what differs from the defaults, `null` (removed) for the rest. */
export function listStateParams<F extends object>(defaults: F, defaultPageSize: number, state: ListState<F>): Record<string, string | number | string[] | null> {
  const params: Record<string, string | number | string[] | null> = {};
  const current = state.filters as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = current[key];
    const same = Array.isArray(value) && Array.isArray(fallback) ? value.join('\u0000') === fallback.join('\u0000') : value === fallback;
    params[key] = same || value === undefined ? null : (value as string | number | string[]);
  }
  params['page'] = state.page === 1 ? null : state.page;
  params['pageSize'] = state.pageSize === defaultPageSize ? null : state.pageSize;
  return params;
}

/**
 * Pages cut in the browser, for lists the API answers whole (a tenant's roles, its delegations):
 * `page` is 0-based as the paginator's index.
 */
export function clientPages<T>(rows: () => readonly T[], pageSize = 25) {
  const page = signal(0);
  const size = signal(pageSize);
  return {
    page,
    pageSize: size,
    shown: computed(() => rows().slice(page() * size(), (page() + 1) * size())),
    onPage: (event: PageEvent) => {
      page.set(event.pageIndex);
      size.set(event.pageSize);
    },
  };
}
