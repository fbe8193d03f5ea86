import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorResponse, Page, TenantMe, TenantMember, TenantProfile, TenantRoleDefinition } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { MailSink, startMailSink } from '@sinergi/server/local-runtime';
import { ApiModule } from '../src/api.module';
import { configureApi, fastifyOptions } from '../src/configure-api';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';
import { startMailWorker } from './support/mail-worker';

const LINK = /\/invitations\/([\w-]{40,})/;
const TWO = DEMO_TENANTS.filter((t) => ['kota-pekanbaru', 'kota-payakumbuh'].includes(t.slug));

describe('Roles and abilities in a tenant', () => {
  let env: ApiTestEnvironment;
  let sink: MailSink;
  let admin: ReturnType<typeof client>;

  beforeAll(async () => {
    sink = await startMailSink();
    env = await startApiTestEnvironment('access', { SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50' });
    await seedDemoTenants(env.api.app, TWO);
    admin = client(env.api.url, await login(env.api.url, demoAdminEmail('kota-pekanbaru'), DEMO_PASSWORD));
  });
  afterAll(async () => {
    await env.teardown();
    await sink.stop();
  });

  /** Invites someone through the API and accepts by the mailed link; returns their client. */
  async function member(email: string, roles: string[]): Promise<ReturnType<typeof client>> {
    const invited = await admin.post<TenantMember>('/api/t/kota-pekanbaru/members', { email, name: `Staf ${roles[0]}`, roles });
    expect(invited.status).toBe(201);
    const worker = await startMailWorker(env.config);
    try {
      const mail = await sink.waitFor((m) => m.to.includes(email));
      const token = LINK.exec(mail.text)?.[1];
      const accepted = await client(env.api.url).post<{ accessToken: string }>('/api/auth/invitations/accept', {
        token,
        password: 'Pekanbaru-Staf-2026',
      });
      expect(accepted.status).toBe(200);
      return client(env.api.url, accepted.body.accessToken);
    } finally {
      await worker.close();
    }
  }

  it('returns the caller, roles and CASL rules from /me', async () => {
    const me = await admin.get<TenantMe>('/api/t/kota-pekanbaru/me');
    expect(me.status).toBe(200);
    expect(me.body.tenant).toEqual({ slug: 'kota-pekanbaru', name: 'Kota Pekanbaru' });
    expect(me.body.roles).toEqual(['admin']);
    expect(me.body.abilities).toContainEqual({ action: 'update', subject: 'TenantProfile' });
    expect(me.body.abilities).toContainEqual({ action: 'create', subject: 'Member' });
    expect((await admin.get<ErrorResponse>('/api/t/kota-payakumbuh/me')).body.code).toBe('NOT_A_MEMBER');
  });

  it('lets an auditor read everything and change nothing', async () => {
    const auditor = await member('inspektorat@pekanbaru.go.id', ['auditor']);
    const me = await auditor.get<TenantMe>('/api/t/kota-pekanbaru/me');
    expect(me.body.abilities.every((rule) => rule.action === 'read')).toBe(true);
    expect((await auditor.get<TenantProfile>('/api/t/kota-pekanbaru/profile')).status).toBe(200);
    expect((await auditor.get<Page<TenantMember>>('/api/t/kota-pekanbaru/members')).status).toBe(200);
    const patch = await auditor.patch<ErrorResponse>('/api/t/kota-pekanbaru/profile', { phone: '0761-1' });
    expect([patch.status, patch.body.code]).toEqual([403, 'FORBIDDEN']);
    const invite = await auditor.post<ErrorResponse>('/api/t/kota-pekanbaru/members', { email: 'x@y.id', name: 'X Y', roles: ['auditor'] });
    expect(invite.status).toBe(403);
  });

  it('keeps member management for those allowed: a verifier may not list members', async () => {
    const verifier = await member('verifikator@pekanbaru.go.id', ['verifier']);
    expect((await verifier.get('/api/t/kota-pekanbaru/profile')).status).toBe(200);
    expect((await verifier.get<ErrorResponse>('/api/t/kota-pekanbaru/members')).body.code).toBe('FORBIDDEN');
  });

  it('invites, lists, changes and removes members, with clear errors', async () => {
    const list = await admin.get<Page<TenantMember>>('/api/t/kota-pekanbaru/members?pageSize=2');
    expect(list.body.total).toBe(3);
    expect(list.body.items).toHaveLength(2);
    const again = await admin.post<ErrorResponse>('/api/t/kota-pekanbaru/members', {
      email: 'Verifikator@Pekanbaru.go.id',
      name: 'Same person',
      roles: ['verifier'],
    });
    expect([again.status, again.body.code]).toEqual([409, 'ALREADY_A_MEMBER']);
    const unknownRole = await admin.post<ErrorResponse>('/api/t/kota-pekanbaru/members', { email: 'a@b.id', name: 'A B', roles: ['walikota'] });
    expect([unknownRole.status, unknownRole.body.code]).toEqual([400, 'ROLE_NOT_FOUND']);
    for (const body of [
      { email: 'not-mail', name: 'A B', roles: ['verifier'] },
      { email: 'a@b.id', name: 'A B', roles: [] },
      { email: 'a@b.id', name: 'A B', roles: ['Bad Role!'] },
      { email: 'a@b.id', name: 'A B', roles: ['verifier'], extra: true },
    ]) {
      expect((await admin.post<ErrorResponse>('/api/t/kota-pekanbaru/members', body)).body.code).toBe('VALIDATION_FAILED');
    }

    const verifierRow = list.body.items.concat((await admin.get<Page<TenantMember>>('/api/t/kota-pekanbaru/members?page=2&pageSize=2')).body.items)
      .find((m) => m.email === 'verifikator@pekanbaru.go.id')!;
    const changed = await admin.patch<TenantMember>(`/api/t/kota-pekanbaru/members/${verifierRow.userId}`, { roles: ['verifier', 'auditor'] });
    expect(changed.body.roles).toEqual(['verifier', 'auditor']);
    expect((await admin.patch(`/api/t/kota-pekanbaru/members/not-a-uuid`, { roles: ['auditor'] })).status).toBe(400);
    expect((await admin.patch(`/api/t/kota-pekanbaru/members/00000000-0000-4000-8000-000000000000`, { roles: ['auditor'] })).status).toBe(404);

    const me = await admin.get<TenantMe>('/api/t/kota-pekanbaru/me');
    const demote = await admin.patch<ErrorResponse>(`/api/t/kota-pekanbaru/members/${me.body.user.id}`, { roles: ['auditor'] });
    expect([demote.status, demote.body.code]).toEqual([422, 'LAST_ADMIN']);
    expect((await admin.raw<ErrorResponse>('DELETE', `/api/t/kota-pekanbaru/members/${me.body.user.id}`)).body.code).toBe('LAST_ADMIN');

    const verifier = client(env.api.url, await login(env.api.url, 'verifikator@pekanbaru.go.id', 'Pekanbaru-Staf-2026'));
    expect((await verifier.get('/api/t/kota-pekanbaru/profile')).status).toBe(200);
    expect((await admin.raw('DELETE', `/api/t/kota-pekanbaru/members/${verifierRow.userId}`)).status).toBe(204);
    expect((await verifier.get<ErrorResponse>('/api/t/kota-pekanbaru/profile')).body.code).toBe('NOT_A_MEMBER');
  });

  it('lets a tenant define its own roles from the permission list, and keeps the built-in ones', async () => {
    const created = await admin.post<TenantRoleDefinition>('/api/t/kota-pekanbaru/roles', {
      name: 'kabag-humas',
      label: 'Kabag Humas',
      permissions: [
        { action: 'read', subject: 'TenantProfile' },
        { action: 'update', subject: 'TenantProfile' },
        { action: 'read', subject: 'Member' },
      ],
    });
    expect(created.status).toBe(201);
    expect((await admin.get<TenantRoleDefinition[]>('/api/t/kota-pekanbaru/roles')).body.map((r) => r.name)).toContain('kabag-humas');
    const humas = await member('humas@pekanbaru.go.id', ['kabag-humas']);
    expect((await humas.patch('/api/t/kota-pekanbaru/profile', { phone: '0761-45' })).status).toBe(200);
    expect((await humas.get('/api/t/kota-pekanbaru/members')).status).toBe(200);
    expect((await humas.post<ErrorResponse>('/api/t/kota-pekanbaru/members', { email: 'a@b.id', name: 'A B', roles: ['auditor'] })).status).toBe(403);

    // Taking a permission away takes effect at once (the role cache is dropped after the commit).
    await admin.patch('/api/t/kota-pekanbaru/roles/kabag-humas', { permissions: [{ action: 'read', subject: 'TenantProfile' }] });
    expect((await humas.patch<ErrorResponse>('/api/t/kota-pekanbaru/profile', { phone: '0761-46' })).body.code).toBe('FORBIDDEN');

    expect((await admin.patch<ErrorResponse>('/api/t/kota-pekanbaru/roles/admin', { label: 'Boss' })).body.code).toBe('ROLE_BUILTIN');
    expect((await admin.raw<ErrorResponse>('DELETE', '/api/t/kota-pekanbaru/roles/kabag-humas')).body.code).toBe('ROLE_IN_USE');
    expect((await admin.post<ErrorResponse>('/api/t/kota-pekanbaru/roles', { name: 'kabag-humas', label: 'Dup', permissions: [] })).status).toBe(409);
    const badPermission = await admin.post<ErrorResponse>('/api/t/kota-pekanbaru/roles', {
      name: 'x-role',
      label: 'X',
      permissions: [{ action: 'approve', subject: 'Claim' }],
    });
    expect(badPermission.body.code).toBe('VALIDATION_FAILED');
  });

  it('sorts members by a whitelisted column in both directions, stable across pages', async () => {
    const invited = await admin.post<TenantMember>('/api/t/kota-pekanbaru/members', {
      email: 'a.zulkifli@pekanbaru.go.id',
      name: 'Zulkifli Baru',
      roles: ['auditor'],
    });
    expect(invited.status).toBe(201);
    const list = async (query: string) => (await admin.get<Page<TenantMember>>(`/api/t/kota-pekanbaru/members?pageSize=200${query}`)).body.items;
    const all = await list('');
    expect(all.length).toBeGreaterThanOrEqual(3);
    // The test database collates bytewise ("C"), as JavaScript compares these ASCII names.
    const byName = [...all].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1)).map((m) => m.email);
    expect(all.map((m) => m.email)).toEqual(byName);
    expect((await list('&sort=name')).map((m) => m.email)).toEqual(byName);
    expect((await list('&sort=-name')).map((m) => m.email)).toEqual([...byName].reverse());
    const byEmail = all.map((m) => m.email).sort();
    expect((await list('&sort=email')).map((m) => m.email)).toEqual(byEmail);
    expect((await list('&sort=-email')).map((m) => m.email)).toEqual([...byEmail].reverse());
    expect((await list('&sort=invited'))[0]).toMatchObject({ email: 'a.zulkifli@pekanbaru.go.id', invited: true });
    expect((await list('&sort=-invited')).at(-1)).toMatchObject({ email: 'a.zulkifli@pekanbaru.go.id', invited: true });

    const pages: string[] = [];
    for (let page = 1; page <= all.length; page++) {
      const one = await admin.get<Page<TenantMember>>(`/api/t/kota-pekanbaru/members?sort=-email&pageSize=1&page=${page}`);
      pages.push(...one.body.items.map((m) => m.email));
    }
    expect(pages).toEqual([...byEmail].reverse());

    for (const sort of ['password_hash', 'name;drop', 'NAME', '--name']) {
      const bad = await admin.get<ErrorResponse>(`/api/t/kota-pekanbaru/members?sort=${encodeURIComponent(sort)}`);
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('closes a tenant route that declares no permission', async () => {
    @Controller('t/:tenant/forgotten')
    class ForgottenController {
      @Get()
      leak(): { secret: string } {
        return { secret: 'tenant data' };
      }
    }
    @Module({ imports: [ApiModule.forRoot(env.config)], controllers: [ForgottenController] })
    class WithForgottenRoute {}
    const app = await NestFactory.create<NestFastifyApplication>(WithForgottenRoute, new FastifyAdapter(fastifyOptions()), { logger: ['error'] });
    await configureApi(app, env.config);
    await app.listen(0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
      const response = await client(url, await login(url, demoAdminEmail('kota-pekanbaru'), DEMO_PASSWORD)).get<ErrorResponse>(
        '/api/t/kota-pekanbaru/forgotten',
      );
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    } finally {
      await app.close();
    }
  });
});
