import { getDataSourceToken } from '@nestjs/typeorm';
import { ErrorResponse, LoginResponse, TotpSetup } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { MembershipService, UserService } from '@sinergi/server/identity';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

const TENANT = DEMO_TENANTS.filter((t) => t.slug === 'lampung-barat');

describe('The optional second factor (TOTP)', () => {
  let env: ApiTestEnvironment;
  const email = demoAdminEmail('lampung-barat');
  let secret = '';

  beforeAll(async () => {
    env = await startApiTestEnvironment('totp');
    await seedDemoTenants(env.api.app, TENANT);
  });
  afterAll(() => env.teardown());

  const loginWith = (body: Record<string, string>) => client(env.api.url).post<LoginResponse & ErrorResponse>('/api/auth/login', body);

  it('enrols with a confirmed code, then asks for a code at every login', async () => {
    const admin = client(env.api.url, await login(env.api.url, email, DEMO_PASSWORD));
    const setup = await admin.post<TotpSetup>('/api/auth/totp/setup');
    secret = setup.body.secret;
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Sinergi:/);
    expect((await admin.post<ErrorResponse>('/api/auth/totp/enable', { code: '000000' })).body.code).toBe('TOTP_INVALID');
    expect((await admin.post<ErrorResponse>('/api/auth/totp/enable', { code: 'abc' })).body.code).toBe('VALIDATION_FAILED');
    expect((await admin.post('/api/auth/totp/enable', { code: await generate({ secret }) })).status).toBe(204);

    const withoutCode = await loginWith({ email, password: DEMO_PASSWORD });
    expect([withoutCode.status, withoutCode.body.code]).toEqual([401, 'TOTP_REQUIRED']);
    expect((await loginWith({ email, password: DEMO_PASSWORD, totpCode: '000000' })).body.code).toBe('INVALID_CREDENTIALS');
    expect((await loginWith({ email, password: 'not-it-1234', totpCode: await generate({ secret }) })).body.code).toBe('INVALID_CREDENTIALS');
    expect((await loginWith({ email, password: DEMO_PASSWORD, totpCode: await generate({ secret }) })).status).toBe(200);
  });

  it('lets a tenant require it of a role: holders who logged in without it are refused', async () => {
    const session = await loginWith({ email, password: DEMO_PASSWORD, totpCode: await generate({ secret }) });
    const admin = client(env.api.url, session.body.accessToken);

    // A second admin, with a password but no second factor.
    const app = env.api.app;
    const tenant = (await app.get(TenantRegistry).resolve('lampung-barat'))!;
    await app.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
      const user = await app.get(UserService).ensureUser(manager, 'admin2@lampungbaratkab.go.id', 'Admin Dua');
      await app.get(UserService).setPassword(manager, user.id, 'Admin-Dua-2026');
      await app.get(MembershipService).grantTenantRoles(manager, user.id, tenant.handle.id, ['admin']);
    });
    const second = client(env.api.url, await login(env.api.url, 'admin2@lampungbaratkab.go.id', 'Admin-Dua-2026'));
    expect((await second.get('/api/t/lampung-barat/profile')).status).toBe(200);

    const changed = await admin.patch<{ requiresTotp: boolean }>('/api/t/lampung-barat/roles/admin', { requiresTotp: true });
    expect(changed.body.requiresTotp).toBe(true);
    const refused = await second.get<ErrorResponse>('/api/t/lampung-barat/profile');
    expect([refused.status, refused.body.code]).toEqual([403, 'SECOND_FACTOR_REQUIRED']);
    expect((await admin.get('/api/t/lampung-barat/profile')).status).toBe(200);
  });
});
