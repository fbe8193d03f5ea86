import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, Injector } from '@angular/core';
import type { AcceptInvitationRequest, InvitationPreview, LoginResponse } from '@sinergi/contracts';
import { type Observable, firstValueFrom, of, throwError } from 'rxjs';
import { API_CLIENT_CONFIG, type ApiClientConfig } from './api-client.config';
import { ApiError } from './api-error';
import { AuthStore } from './auth.store';
import { SKIP_AUTH, SKIP_REFRESH } from './http-context';
import { SinergiApi } from './sinergi-api';

const SESSION: LoginResponse = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  user: { id: 'u1', email: 'sari@pesisirbaratkab.go.id', name: 'Sari', platformRoles: [] },
  memberships: [{ kind: 'tenant', tenant: 'pesisir-barat', roles: ['admin'] }],
};

type Call = { method: 'get' | 'post'; url: string; body?: unknown; context?: HttpContext };

/** A stand-in for HttpClient that records each call and answers with `reply`. */
function fakeHttp(reply: () => Observable<unknown>) {
  const calls: Call[] = [];
  const http = {
    get: (url: string, options: { context?: HttpContext } = {}) => {
      calls.push({ method: 'get', url, context: options.context });
      return reply();
    },
    post: (url: string, body: unknown, options: { context?: HttpContext } = {}) => {
      calls.push({ method: 'post', url, body, context: options.context });
      return reply();
    },
  };
  return { calls, http: http as unknown as HttpClient };
}

function setUp(reply: () => Observable<unknown>) {
  const store = new Map<string, string>();
  const storage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  };
  const document = { defaultView: { sessionStorage: storage } } as unknown as Document;
  const config: ApiClientConfig = {
    baseUrl: '/api',
    language: () => 'id',
    fallbackMessages: { network: () => 'offline', unexpected: () => 'unexpected' },
  };
  const { calls, http } = fakeHttp(reply);
  const injector = Injector.create({
    providers: [
      { provide: DOCUMENT, useValue: document },
      { provide: HttpClient, useValue: http },
      { provide: API_CLIENT_CONFIG, useValue: config },
      AuthStore,
      SinergiApi,
    ],
  });
  return { calls, store, api: injector.get(SinergiApi), auth: injector.get(AuthStore) };
}

describe('SinergiApi invitations', () => {
  it('loads a preview anonymously, with the token escaped into the path', async () => {
    const preview: InvitationPreview = {
      email: 'sari@pesisirbaratkab.go.id',
      name: 'Sari',
      tenant: { slug: 'pesisir-barat', name: 'Kabupaten Pesisir Barat' },
      roles: ['admin'],
      expiresAt: '2026-12-01T03:00:00.000Z',
      accountExists: false,
    };
    const { calls, api } = setUp(() => of(preview));
    expect(await firstValueFrom(api.invitation('a/b?c'))).toEqual(preview);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'get', url: '/api/auth/invitations/a%2Fb%3Fc' });
    expect(calls[0].context?.get(SKIP_AUTH)).toBe(true);
    expect(calls[0].context?.get(SKIP_REFRESH)).toBe(true);
  });

  it('starts the session like a login once the invitation is accepted', async () => {
    const { calls, store, api, auth } = setUp(() => of(SESSION));
    const body: AcceptInvitationRequest = { token: 'tok', password: 'kopi-tubruk-2026' };
    expect(await firstValueFrom(api.acceptInvitation(body))).toEqual(SESSION);
    expect(calls[0]).toMatchObject({ method: 'post', url: '/api/auth/invitations/accept', body });
    expect(calls[0].context?.get(SKIP_AUTH)).toBe(true);
    expect(auth.isLoggedIn()).toBe(true);
    expect(auth.accessToken()).toBe('access-1');
    expect(auth.memberships()).toEqual(SESSION.memberships);
    expect(JSON.parse(store.get('sinergi.session') ?? 'null')).toEqual(SESSION);
  });

  it('replaces the session of someone else signed in in the tab', async () => {
    const { api, auth } = setUp(() => of(SESSION));
    auth.start({ ...SESSION, accessToken: 'other', user: { ...SESSION.user, id: 'u0', email: 'other@x.id' } });
    await firstValueFrom(api.acceptInvitation({ token: 'tok' }));
    expect(auth.user()?.email).toBe('sari@pesisirbaratkab.go.id');
    expect(auth.accessToken()).toBe('access-1');
  });

  it('starts no session when the accept fails, and fails with an ApiError', async () => {
    const body = { statusCode: 409, code: 'INVITATION_USED', message: 'Undangan ini sudah diterima.', details: [] };
    const { api, auth } = setUp(() => throwError(() => new HttpErrorResponse({ status: 409, error: body })));
    const error: unknown = await firstValueFrom(api.acceptInvitation({ token: 'tok' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INVITATION_USED', message: 'Undangan ini sudah diterima.' });
    expect(auth.isLoggedIn()).toBe(false);
  });
});
