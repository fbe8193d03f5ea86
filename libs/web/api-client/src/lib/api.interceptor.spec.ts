import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DOCUMENT, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { BrowserTestingModule, platformBrowserTesting } from '@angular/platform-browser/testing';
import type { LoginResponse } from '@sinergi/contracts';
import { firstValueFrom } from 'rxjs';
import { API_CLIENT_CONFIG, type ApiLanguage } from './api-client.config';
import { ApiError } from './api-error';
import { apiInterceptor } from './api.interceptor';
import { AuthStore } from './auth.store';
import { SinergiApi } from './sinergi-api';

const SESSION: LoginResponse = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  user: { id: 'u1', email: 'admin@sinergi.test', name: 'Admin', platformRoles: ['platform-admin'] },
  memberships: [],
};

function fakeDocument(): Document {
  const store = new Map<string, string>();
  const storage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  };
  return { defaultView: { sessionStorage: storage, localStorage: storage } } as unknown as Document;
}

describe('apiInterceptor', () => {
  let language: ApiLanguage;
  let http: HttpTestingController;
  let auth: AuthStore;
  let api: SinergiApi;

  beforeAll(() => TestBed.initTestEnvironment(BrowserTestingModule, platformBrowserTesting()));

  beforeEach(() => {
    language = 'id';
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: DOCUMENT, useFactory: fakeDocument },
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        {
          provide: API_CLIENT_CONFIG,
          useValue: {
            baseUrl: '/api',
            language: () => language,
            fallbackMessages: { network: () => 'offline', unexpected: () => 'unexpected' },
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    api = TestBed.inject(SinergiApi);
  });

  afterEach(() => {
    http.verify();
    TestBed.resetTestingModule();
  });

  it('sends the bearer token and the chosen language to the API', async () => {
    auth.start(SESSION);
    language = 'en';
    const done = firstValueFrom(api.tenants({ page: 2 }));
    const request = http.expectOne('/api/platform/tenants?page=2');
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(request.request.headers.get('Accept-Language')).toBe('en');
    request.flush({ items: [], page: 2, pageSize: 50, total: 0 });
    await done;
  });

  it('leaves other hosts alone', async () => {
    auth.start(SESSION);
    const done = firstValueFrom(TestBed.inject(HttpClient).get('https://example.test/data'));
    const request = http.expectOne('https://example.test/data');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
    await done;
  });

  it('never sends a token with the login request', async () => {
    auth.start(SESSION);
    const done = firstValueFrom(api.login({ email: 'a@b.id', password: 'x' }));
    const request = http.expectOne('/api/auth/login');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(SESSION);
    await done;
  });

  it('refreshes once for parallel 401s, then retries each request with the new token', async () => {
    auth.start(SESSION);
    const first = firstValueFrom(api.tenants());
    const second = firstValueFrom(api.regions());
    const expired = { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Silakan masuk.', details: [] };
    http.expectOne('/api/platform/tenants').flush(expired, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/platform/regions').flush(expired, { status: 401, statusText: 'Unauthorized' });

    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush({ accessToken: 'access-2', refreshToken: 'refresh-2' });

    for (const url of ['/api/platform/tenants', '/api/platform/regions']) {
      const retry = http.expectOne(url);
      expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
      retry.flush({ items: [], page: 1, pageSize: 50, total: 0 });
    }
    await Promise.all([first, second]);
    expect(auth.refreshToken()).toBe('refresh-2');
  });

  it('ends the session as expired when the refresh token is refused', async () => {
    auth.start(SESSION);
    const result = firstValueFrom(api.tenants()).catch((error: unknown) => error);
    const expired = { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Silakan masuk.', details: [] };
    http.expectOne('/api/platform/tenants').flush(expired, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/auth/refresh').flush(expired, { status: 401, statusText: 'Unauthorized' });

    const error = await result;
    expect(error).toBeInstanceOf(ApiError);
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.endReason()).toBe('expired');
  });

  it('does not refresh on wrong credentials and shows the server message', async () => {
    const result = firstValueFrom(api.login({ email: 'a@b.id', password: 'x' })).catch((error: unknown) => error);
    const body = { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'E-mail atau kata sandi salah.', details: [] };
    http.expectOne('/api/auth/login').flush(body, { status: 401, statusText: 'Unauthorized' });
    const error = await result;
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'E-mail atau kata sandi salah.' });
  });

  it('reads a 503 health report instead of failing', async () => {
    const result = firstValueFrom(api.health());
    http
      .expectOne('/api/health')
      .flush({ status: 'error', checks: { database: 'up', redis: 'down' } }, { status: 503, statusText: 'Unavailable' });
    expect(await result).toEqual({ status: 'error', checks: { database: 'up', redis: 'down' } });
  });
});
