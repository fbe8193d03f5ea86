import { Injectable, computed, inject, signal } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateFn, Router } from '@angular/router';
import { createMongoAbility } from '@casl/ability';
import type { AbilityRule, TenantAction, TenantMe, TenantSubject } from '@sinergi/contracts';
import { AuthStore, SinergiApi } from '@sinergi/web/api-client';
import { type Observable, catchError, finalize, map, of, shareReplay, tap } from 'rxjs';

/** `can(action, subject)` over the CASL rules of `/me`; no rules, nothing allowed. */
export function canWith(rules: readonly AbilityRule[]): (action: TenantAction, subject: TenantSubject) => boolean {
  const ability = createMongoAbility<[TenantAction, TenantSubject]>(rules.map((rule) => ({ ...rule })));
  return (action, subject) => ability.can(action, subject);
}

/**
 * The tenant being viewed and the user's abilities there (`GET /api/t/:tenant/me`, once per user
 * and tenant) for the order, claim and budget screens: they show no button the user cannot use.
 */
@Injectable({ providedIn: 'root' })
export class TenantAccess {
  private readonly api = inject(SinergiApi);
  private readonly auth = inject(AuthStore);
  private readonly loaded = signal<ReadonlyMap<string, TenantMe>>(new Map());
  private readonly pending = new Map<string, Observable<TenantMe | null>>();

  readonly slug = signal('');
  readonly me = computed(() => this.loaded().get(this.key(this.slug())) ?? null);
  private readonly check = computed(() => canWith(this.me()?.abilities ?? []));

  can(action: TenantAction, subject: TenantSubject): boolean {
    return this.check()(action, subject);
  }

  open(slug: string): Observable<TenantMe | null> {
    this.slug.set(slug);
    const key = this.key(slug);
    const known = this.loaded().get(key);
    if (known) return of(known);
    const running = this.pending.get(key);
    if (running) return running;
    const request = this.api.tenantMe(slug).pipe(
      tap((me) => this.loaded.set(new Map(this.loaded()).set(key, me))),
      catchError(() => of(null)),
      finalize(() => this.pending.delete(key)),
      shareReplay(1),
    );
    this.pending.set(key, request);
    return request;
  }

  private key(slug: string): string {
    return `${this.auth.user()?.id ?? ''}:${slug}`;
  }
}

function tenantOf(route: ActivatedRouteSnapshot): string {
  for (let current: ActivatedRouteSnapshot | null = route; current; current = current.parent) {
    const slug = current.paramMap.get('tenant');
    if (slug) return slug;
  }
  return '';
}

/** Opens the page only when the abilities allow it; otherwise back to the tenant's overview. */
export function tenantGuard(action: TenantAction, subject: TenantSubject): CanActivateFn {
  return (route) => {
    const router = inject(Router);
    const slug = tenantOf(route);
    return inject(TenantAccess)
      .open(slug)
      .pipe(map((me) => (me && canWith(me.abilities)(action, subject)) || router.createUrlTree(['/t', slug])));
  };
}
