import { getDataSourceToken } from '@nestjs/typeorm';
import { AuditEntry, Delegation, ErrorResponse, Page, TenantMe } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { MembershipService, UserService } from '@sinergi/server/identity';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

const TENANT = DEMO_TENANTS.filter((t) => t.slug === 'kota-samarinda');

function wibDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
}

describe('Acting officials (Plt./Plh.): delegated roles', () => {
  let env: ApiTestEnvironment;
  let admin: ReturnType<typeof client>;
  let adminId: string;
  let verifierId: string;

  beforeAll(async () => {
    env = await startApiTestEnvironment('delegation');
    await seedDemoTenants(env.api.app, TENANT);
    const app = env.api.app;
    const tenant = (await app.get(TenantRegistry).resolve('kota-samarinda'))!;
    verifierId = await app.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
      const user = await app.get(UserService).ensureUser(manager, 'sekretaris@samarindakota.go.id', 'Sekretaris Diskominfo');
      await app.get(UserService).setPassword(manager, user.id, 'Sekretaris-2026');
      await app.get(MembershipService).grantTenantRoles(manager, user.id, tenant.handle.id, ['verifier']);
      return user.id;
    });
    admin = client(env.api.url, await login(env.api.url, demoAdminEmail('kota-samarinda'), DEMO_PASSWORD));
    adminId = (await admin.get<TenantMe>('/api/t/kota-samarinda/me')).body.user.id;
  });
  afterAll(() => env.teardown());

  it("gives the acting official the role for the period, and records both names on what they do", async () => {
    const acting = client(env.api.url, await login(env.api.url, 'sekretaris@samarindakota.go.id', 'Sekretaris-2026'));
    expect((await acting.get<ErrorResponse>('/api/t/kota-samarinda/members')).body.code).toBe('FORBIDDEN');

    const created = await admin.post<Delegation>('/api/t/kota-samarinda/delegations', {
      role: 'admin',
      fromUserId: adminId,
      toUserId: verifierId,
      startsOn: wibDate(0),
      endsOn: wibDate(1),
      reason: 'Plt. Kepala Dinas selama dinas luar',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'admin', to: { name: 'Sekretaris Diskominfo' }, revoked: false });

    expect((await acting.get('/api/t/kota-samarinda/members')).status).toBe(200);
    const me = await acting.get<TenantMe>('/api/t/kota-samarinda/me');
    expect(me.body.abilities).toContainEqual({ action: 'create', subject: 'Member' });
    await acting.patch('/api/t/kota-samarinda/profile', { phone: '0541-742' });

    const trail = await admin.get<Page<AuditEntry>>('/api/t/kota-samarinda/audit?action=tenant-profile.updated');
    expect(trail.body.items[0]).toMatchObject({
      actor: { id: verifierId, name: 'sekretaris@samarindakota.go.id' },
      onBehalfOf: { id: adminId, name: TENANT[0]!.adminName },
    });

    expect((await admin.raw('DELETE', `/api/t/kota-samarinda/delegations/${created.body.id}`)).status).toBe(204);
    expect((await acting.get<ErrorResponse>('/api/t/kota-samarinda/members')).body.code).toBe('FORBIDDEN');
  });

  it('refuses delegations that cannot hold', async () => {
    const base = { role: 'admin', fromUserId: adminId, toUserId: verifierId, startsOn: wibDate(0), endsOn: wibDate(1), reason: 'Plh.' };
    expect((await admin.post<ErrorResponse>('/api/t/kota-samarinda/delegations', { ...base, endsOn: wibDate(-1) })).body.code).toBe(
      'DELEGATION_INVALID',
    );
    expect((await admin.post<ErrorResponse>('/api/t/kota-samarinda/delegations', { ...base, fromUserId: verifierId, toUserId: adminId })).body.code).toBe(
      'DELEGATION_INVALID',
    );
    expect((await admin.post<ErrorResponse>('/api/t/kota-samarinda/delegations', { ...base, role: 'walikota' })).body.code).toBe('ROLE_NOT_FOUND');
    expect((await admin.post<ErrorResponse>('/api/t/kota-samarinda/delegations', { ...base, startsOn: '2026-13-45' })).body.code).toBe(
      'VALIDATION_FAILED',
    );
    // A future delegation gives nothing today.
    await admin.post('/api/t/kota-samarinda/delegations', { ...base, startsOn: wibDate(10), endsOn: wibDate(12) });
    const acting = client(env.api.url, await login(env.api.url, 'sekretaris@samarindakota.go.id', 'Sekretaris-2026'));
    expect((await acting.get<ErrorResponse>('/api/t/kota-samarinda/members')).body.code).toBe('FORBIDDEN');
  });
});
