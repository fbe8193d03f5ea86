import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { RefreshRequest } from '@sinergi/contracts';
import { type Observable, catchError, finalize, map, of, shareReplay, tap, throwError } from 'rxjs';
import { API_CLIENT_CONFIG } from './api-client.config';
import { ApiError } from './api-error';
import { AuthStore } from './auth.store';
import { anonymousRequest } from './http-context';
import type { TokenPair } from './session.types';

/**
 * Trades the refresh token for a new pair, once, however many requests hit a 401 together:
 * the server spends a refresh token on use and revokes the session if it sees it again.
 */
@Injectable({ providedIn: 'root' })
export class TokenRefresher {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly config = inject(API_CLIENT_CONFIG);
  private inFlight: Observable<string> | null = null;

  /** A fresh access token to replace `staleToken`, refreshing only if nobody did yet. */
  freshTokenReplacing(staleToken: string): Observable<string> {
    const current = this.auth.accessToken();
    if (current && current !== staleToken) return of(current);
    return this.inFlight ?? (this.inFlight = this.refresh());
  }

  private refresh(): Observable<string> {
    const refreshToken = this.auth.refreshToken();
    if (!refreshToken) {
      this.auth.end('expired');
      return throwError(() => new ApiError(401, 'UNAUTHENTICATED', ''));
    }
    const body: RefreshRequest = { refreshToken };
    return this.http
      .post<TokenPair>(`${this.config.baseUrl}/auth/refresh`, body, { context: anonymousRequest() })
      .pipe(
        tap((pair) => this.auth.updateTokens(pair)),
        map((pair) => pair.accessToken),
        catchError((error: unknown) => {
          this.auth.end('expired');
          return throwError(() => error);
        }),
        finalize(() => (this.inFlight = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
  }
}
