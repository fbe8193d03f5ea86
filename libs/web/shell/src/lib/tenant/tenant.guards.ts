import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { TenantAccess, canWith, tenantSlugOf } from '@sinergi/web/ui';
import { map } from 'rxjs';
import { landingPath } from './tenant-ability';

/** Loads `/me` of the tenant before its area opens (a failure is shown by the layout). */
export const tenantContextGuard: CanActivateFn = (route) =>
  inject(TenantAccess)
    .open(tenantSlugOf(route))
    .pipe(map(() => true));

/** `/t/:tenant` itself: on to the landing page of the user's abilities (the layout shows a failure). */
export const tenantLandingGuard: CanActivateFn = (route) => {
  const router = inject(Router);
  const slug = tenantSlugOf(route);
  return inject(TenantAccess)
    .open(slug)
    .pipe(map((me) => (me ? router.createUrlTree(['/t', slug, landingPath(canWith(me.abilities))]) : true)));
};
