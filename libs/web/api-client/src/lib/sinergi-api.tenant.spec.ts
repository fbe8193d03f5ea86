import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { DOCUMENT, Injector } from '@angular/core';
import { type Observable, firstValueFrom, of, throwError } from 'rxjs';
import { API_CLIENT_CONFIG, type ApiClientConfig } from './api-client.config';
import { ApiError } from './api-error';
import { AuthStore } from './auth.store';
import { SinergiApi } from './sinergi-api';

type Call = { method: string; url: string; body?: unknown; params?: string };

/** A stand-in for HttpClient that records each call and answers with `reply`. */
function setUp(reply: () => Observable<unknown>) {
  const calls: Call[] = [];
  const record =
    (method: string, withBody: boolean) =>
    (url: string, bodyOrOptions?: unknown, maybeOptions?: { params?: HttpParams }) => {
      const options = (withBody ? maybeOptions : bodyOrOptions) as { params?: HttpParams } | undefined;
      calls.push({ method, url, body: withBody ? bodyOrOptions : undefined, params: options?.params?.toString() });
      return reply();
    };
  const http = {
    get: record('get', false),
    delete: record('delete', false),
    post: record('post', true),
    patch: record('patch', true),
  } as unknown as HttpClient;
  const document = { defaultView: null } as unknown as Document;
  const config: ApiClientConfig = {
    baseUrl: '/api',
    language: () => 'id',
    fallbackMessages: { network: () => 'offline', unexpected: () => 'unexpected' },
  };
  const injector = Injector.create({
    providers: [
      { provide: DOCUMENT, useValue: document },
      { provide: HttpClient, useValue: http },
      { provide: API_CLIENT_CONFIG, useValue: config },
      AuthStore,
      SinergiApi,
    ],
  });
  return { calls, api: injector.get(SinergiApi) };
}

describe('SinergiApi tenant routes', () => {
  it('addresses every tenant route under /api/t/:tenant, escaping path parts', async () => {
    const { calls, api } = setUp(() => of(null));
    await firstValueFrom(api.tenantMe('pesisir-barat'));
    await firstValueFrom(api.members('pesisir-barat', { page: 2, pageSize: 25 }));
    await firstValueFrom(api.inviteMember('pesisir-barat', { email: 'a@b.id', name: 'A', roles: ['verifier'] }));
    await firstValueFrom(api.updateMember('pesisir-barat', 'u/1', { roles: ['admin'] }));
    await firstValueFrom(api.removeMember('pesisir-barat', 'u1'));
    await firstValueFrom(api.tenantRoles('pesisir-barat'));
    await firstValueFrom(api.audit('pesisir-barat', { action: 'member.invited', from: undefined, page: 1 }));
    await firstValueFrom(api.verifyAudit('pesisir-barat'));
    expect(calls).toEqual([
      { method: 'get', url: '/api/t/pesisir-barat/me', body: undefined, params: undefined },
      { method: 'get', url: '/api/t/pesisir-barat/members', body: undefined, params: 'page=2&pageSize=25' },
      {
        method: 'post',
        url: '/api/t/pesisir-barat/members',
        body: { email: 'a@b.id', name: 'A', roles: ['verifier'] },
        params: undefined,
      },
      { method: 'patch', url: '/api/t/pesisir-barat/members/u%2F1', body: { roles: ['admin'] }, params: undefined },
      { method: 'delete', url: '/api/t/pesisir-barat/members/u1', body: undefined, params: undefined },
      { method: 'get', url: '/api/t/pesisir-barat/roles', body: undefined, params: undefined },
      { method: 'get', url: '/api/t/pesisir-barat/audit', body: undefined, params: 'action=member.invited&page=1' },
      { method: 'get', url: '/api/t/pesisir-barat/audit/verification', body: undefined, params: undefined },
    ]);
  });

  it('rejects with the ApiError of the response', async () => {
    const { api } = setUp(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: { statusCode: 422, code: 'LAST_ADMIN', message: 'Admin terakhir tidak dapat dihapus.' },
          }),
      ),
    );
    const error = await firstValueFrom(api.removeMember('pesisir-barat', 'u1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 422, message: 'Admin terakhir tidak dapat dihapus.' });
  });
});
