import { HttpContext, HttpContextToken } from '@angular/common/http';

/** The request must go without `Authorization` (login, refresh). */
export const SKIP_AUTH = new HttpContextToken<boolean>(() => false);
/** A 401 on this request must not trigger a token refresh (logout, refresh itself). */
export const SKIP_REFRESH = new HttpContextToken<boolean>(() => false);

export function anonymousRequest(): HttpContext {
  return new HttpContext().set(SKIP_AUTH, true).set(SKIP_REFRESH, true);
}

export function noRefreshRequest(): HttpContext {
  return new HttpContext().set(SKIP_REFRESH, true);
}
