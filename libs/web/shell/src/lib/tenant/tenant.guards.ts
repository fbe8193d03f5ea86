import { inject } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateFn, Router } from '@angular/router';
import type { TenantAction, TenantSubject } from '@sinergi/contracts';
import { map } from 'rxjs';
import { canCheck } from './tenant-ability';
import { TenantContextStore } from './tenant-context.store';

/** The `:tenant` parameter of the route or one of its ancestors. */
export function tenantSlugOf(route: ActivatedRouteSnapshot): string {
  for (let current: ActivatedRouteSnapshot | null = route; current; current = current.parent) {
    const slug = current.paramMap.get('tenant');
    if (slug) return slug;
  }
  return '';
}

/** Loads `/me` of the tenant before its area opens (a failure is shown by the layout). */
export const tenantContextGuard: CanActivateFn = (route) =>
  inject(TenantContextStore)
    .open(tenantSlugOf(route))
    .pipe(map(() => true));

/** Opens the page only when the abilities allow it; otherwise back to the tenant's overview. */
export function tenantAbilityGuard(action: TenantAction, subject: TenantSubject): CanActivateFn {
  return (route) => {
    const router = inject(Router);
    const slug = tenantSlugOf(route);
    return inject(TenantContextStore)
      .open(slug)
      .pipe(
        map((me) => (me && canCheck(me.abilities)(action, subject)) || router.createUrlTree(['/t', slug])),
      );
  };
}
