import type { LoginResponse } from '@sinergi/contracts';

/** `POST /api/auth/refresh` answer: a new pair (not yet in @sinergi/contracts). */
export type TokenPair = Pick<LoginResponse, 'accessToken' | 'refreshToken'>;

/** What the browser keeps for the tab's lifetime (sessionStorage). */
export type StoredSession = LoginResponse;

export type SessionEndReason = 'logout' | 'expired';
