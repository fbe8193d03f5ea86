import { Injectable, computed, inject, signal } from '@angular/core';
import type { TenantAction, TenantMe, TenantSubject } from '@sinergi/contracts';
import { ApiError, AuthStore, INITIAL_LOAD_STATE, type LoadState, SinergiApi, isApiError } from '@sinergi/web/api-client';
import { type Observable, catchError, finalize, of, shareReplay, tap } from 'rxjs';
import { canCheck } from './tenant-ability';

/**
 * `GET /api/t/:tenant/me`, loaded once per user and tenant, and `can(action, subject)` for the
 * tenant being viewed. Guards call `open(slug)`; pages read `me()` and `can()`.
 */
@Injectable({ providedIn: 'root' })
export class TenantContextStore {
  private readonly api = inject(SinergiApi);
  private readonly auth = inject(AuthStore);
  private readonly states = signal<ReadonlyMap<string, LoadState<TenantMe>>>(new Map());
  private readonly pending = new Map<string, Observable<TenantMe | null>>();

  /** The tenant being viewed. */
  readonly slug = signal<string | null>(null);
  readonly state = computed<LoadState<TenantMe>>(() => {
    const slug = this.slug();
    return (slug && this.states().get(this.key(slug))) || INITIAL_LOAD_STATE;
  });
  readonly me = computed(() => this.state().value ?? null);
  private readonly check = computed(() => canCheck(this.me()?.abilities ?? []));

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
    const key = this.key(slug);
    const next = new Map(this.states());
    next.delete(key);
    this.states.set(next);
    this.open(slug).subscribe();
  }

  private put(key: string, state: LoadState<TenantMe>): void {
    const next = new Map(this.states());
    next.set(key, state);
    this.states.set(next);
  }

  private key(slug: string): string {
    return `${this.auth.user()?.id ?? ''}:${slug}`;
  }
}
