import {
  HttpErrorResponse,
  type HttpEvent,
  type HttpHandlerFn,
  type HttpInterceptorFn,
  type HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { type Observable, catchError, switchMap, throwError } from 'rxjs';
import { API_CLIENT_CONFIG, type ApiClientConfig } from './api-client.config';
import { isErrorResponse, toApiError } from './api-error';
import { AuthStore } from './auth.store';
import { SKIP_AUTH, SKIP_REFRESH } from './http-context';
import { TokenRefresher } from './token-refresher';

/**
 * For requests to the API: adds `Accept-Language` and the bearer token, refreshes the token once
 * on a 401 and retries, and turns every failure into an `ApiError`.
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  const config = inject(API_CLIENT_CONFIG);
  if (!isApiUrl(request.url, config.baseUrl)) return next(request);

  const auth = inject(AuthStore);
  const refresher = inject(TokenRefresher);
  const token = request.context.get(SKIP_AUTH) ? null : auth.accessToken();
  const mayRefresh = token !== null && !request.context.get(SKIP_REFRESH);
  const fail = (error: unknown) => throwError(() => toApiError(error, config.fallbackMessages));

  return send(request, next, config, token).pipe(
    catchError((error: unknown) => {
      if (!mayRefresh || !isExpiredToken(error)) return fail(error);
      return refresher.freshTokenReplacing(token).pipe(
        catchError(() => fail(error)),
        switchMap((fresh) => send(request, next, config, fresh)),
        catchError((retryError: unknown) => {
          if (isExpiredToken(retryError)) auth.end('expired');
          return fail(retryError);
        }),
      );
    }),
  );
};

function send(
  request: HttpRequest<unknown>,
  next: HttpHandlerFn,
  config: ApiClientConfig,
  token: string | null,
): Observable<HttpEvent<unknown>> {
  const headers: Record<string, string> = { 'Accept-Language': config.language() };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  return next(request.clone({ setHeaders: headers }));
}

function isApiUrl(url: string, baseUrl: string): boolean {
  return url === baseUrl || url.startsWith(`${baseUrl}/`) || url.startsWith(`${baseUrl}?`);
}

function isExpiredToken(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== 401) return false;
  const body: unknown = error.error;
  return !isErrorResponse(body) || body.code === 'UNAUTHENTICATED';
}
