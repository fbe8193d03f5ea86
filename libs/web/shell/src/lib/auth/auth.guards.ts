import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, type RedirectFunction, Router, type UrlTree } from '@angular/router';
import { AuthStore } from '@sinergi/web/api-client';

function loginTree(router: Router, returnUrl: string): UrlTree {
  const queryParams = returnUrl && returnUrl !== '/' ? { returnUrl } : {};
  return router.createUrlTree(['/login'], { queryParams });
}

/** Signed-in users only; others go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthStore);
  return auth.isLoggedIn() || loginTree(inject(Router), state.url);
};

/** Platform admins only. Used as `canMatch`, so nobody else even downloads the feature. */
export const platformAdminGuard: CanMatchFn = (_route, segments) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  if (auth.isPlatformAdmin()) return true;
  if (!auth.isLoggedIn()) return loginTree(router, '/' + segments.map((s) => s.path).join('/'));
  return router.createUrlTree(['/']);
};

/** The login page is for signed-out users; a signed-in user goes home. */
export const anonymousOnlyGuard: CanMatchFn = () => {
  const auth = inject(AuthStore);
  return !auth.isLoggedIn() || inject(Router).createUrlTree(['/']);
};

/** `/`: platform admins to the tenant list, everybody else to their workspace. */
export const redirectHome: RedirectFunction = () => {
  const auth = inject(AuthStore);
  if (!auth.isLoggedIn()) return '/login';
  if (isMediaOnly(auth)) return MEDIA_HOME;
  return homeUrl(auth.isPlatformAdmin());
};

/** Where a press company's people start: their company dossier. */
export const MEDIA_HOME = '/media/dossier';

/** Members of a press company (membership kind 'media'); others go to login or home. */
export const mediaMemberGuard: CanMatchFn = (_route, segments) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  if (auth.memberships().some((m) => m.kind === 'media')) return true;
  if (!auth.isLoggedIn()) return loginTree(router, '/' + segments.map((s) => s.path).join('/'));
  return router.createUrlTree(['/workspace']);
};

function isMediaOnly(auth: AuthStore): boolean {
  const memberships = auth.memberships();
  return !auth.isPlatformAdmin() && memberships.length > 0 && memberships.every((m) => m.kind === 'media');
}

/** Where a signed-in user starts: platform admins at the tenant list, everybody else at their workspace. */
export function homeUrl(isPlatformAdmin: boolean): string {
  return isPlatformAdmin ? '/platform/tenants' : '/workspace';
}

/** Only same-app paths: an open redirect through `?returnUrl=//evil.example` is refused. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
