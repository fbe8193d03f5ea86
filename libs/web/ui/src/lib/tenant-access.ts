import { Injectable, computed, inject, signal } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateFn, Router } from '@angular/router';
import { createMongoAbility } from '@casl/ability';
import type { AbilityRule, TenantAction, TenantMe, TenantSubject } from '@sinergi/contracts';
import { ApiError, AuthStore, INITIAL_LOAD_STATE, type LoadState, SinergiApi, isApiError } from '@sinergi/web/api-client';
import { type Observable, catchError, finalize, map, of, shareReplay, tap } from 'rxjs';

export type CanCheck = (action: TenantAction, subject: TenantSubject) => boolean;

/** `can(action, subject)` over the CASL rules of `/me`; no rules, nothing allowed. */
export function canWith(rules: readonly AbilityRule[]): CanCheck {
  const ability = createMongoAbility<[TenantAction, TenantSubject]>(rules.map((rule) => ({ ...rule })));
  return (action, subject) => ability.can(action, subject);
}

/**
 * `GET /api/t/:tenant/me`, loaded once per user and tenant, and `can(action, subject)` for the
 * tenant being viewed: every staff screen (shell, partnership, publication, billing) reads it, so
 * none shows a button the user cannot use. Guards call `open(slug)`; pages read `me()` and `can()`.
 */
@Injectable({ providedIn: 'root' })
export class TenantAccess {
  private readonly api = inject(SinergiApi);
  private readonly auth = inject(AuthStore);
  private readonly states = signal<ReadonlyMap<string, LoadState<TenantMe>>>(new Map());
  private readonly pending = new Map<string, Observable<TenantMe | null>>();

  /** The tenant being viewed ('' before any). */
  readonly slug = signal('');
  readonly state = computed<LoadState<TenantMe>>(() => {
    const slug = this.slug();
    return (slug && this.states().get(this.key(slug))) || INITIAL_LOAD_STATE;
  });
  readonly me = computed(() => this.state().value ?? null);
  private readonly check = computed(() => canWith(this.me()?.abilities ?? []));

  can(action: TenantAction, subject: TenantSubject): boolean {
    return this.check()(action, subject);
  }

  /** Makes `slug` the current tenant and loads its `/me` unless already loaded; null on failure. */
  open(slug: string): Observable<TenantMe | null> {
    this.slug.set(slug);
    const key = this.key(slug);
    const known = this.states().get(key);
    if (known?.status === 'loaded') return of(known.value);
    const running = this.pending.get(key);
    if (running) return running;
    this.put(key, { status: 'loading', value: known?.value });
    const request = this.api.tenantMe(slug).pipe(
      tap((me) => this.put(key, { status: 'loaded', value: me })),
      catchError((error: unknown) => {
        const apiError = isApiError(error) ? error : new ApiError(0, 'UNEXPECTED_RESPONSE', String(error));
        this.put(key, { status: 'error', value: undefined, error: apiError });
        return of(null);
      }),
      finalize(() => this.pending.delete(key)),
      shareReplay(1),
    );
    this.pending.set(key, request);
    return request;
  }

  /** Loads the current tenant's `/me` again (after an error). */
  retry(): void {
    const slug = this.slug();
    if (!slug) return;
    const next = new Map(this.states());
    next.delete(this.key(slug));
    this.states.set(next);
    this.open(slug).subscribe();
  }

  private put(key: string, state: LoadState<TenantMe>): void {
    this.states.set(new Map(this.states()).set(key, state));
  }

  private key(slug: string): string {
    return `${this.auth.user()?.id ?? ''}:${slug}`;
  }
}

/** The `:tenant` parameter of the route or one of its ancestors. */
export function tenantSlugOf(route: ActivatedRouteSnapshot): string {
  for (let current: ActivatedRouteSnapshot | null = route; current; current = current.parent) {
    const slug = current.paramMap.get('tenant');
    if (slug) return slug;
  }
  return '';
}

/** Opens the page only when the abilities allow it; otherwise back to the tenant's landing page. */
export function tenantGuard(action: TenantAction, subject: TenantSubject): CanActivateFn {
  return (route) => {
    const router = inject(Router);
    const slug = tenantSlugOf(route);
    return inject(TenantAccess)
      .open(slug)
      .pipe(map((me) => (me && canWith(me.abilities)(action, subject)) || router.createUrlTree(['/t', slug])));
  };
}
