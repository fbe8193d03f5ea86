import { AuditEntry, AuditVerification, ErrorResponse, Page, TenantMember } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ApiTestEnvironment, client, login, PLATFORM_ADMIN, startApiTestEnvironment } from './support/api-harness';

const ROOT = resolve(__dirname, '../../..');
const TENANT = DEMO_TENANTS.filter((t) => t.slug === 'raja-ampat');

describe('The audit trail', () => {
  let env: ApiTestEnvironment;
  let admin: ReturnType<typeof client>;
  let sql: Client;

  function verifyByCli(target: string) {
    const result = spawnSync(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'tools/cli/src/main.ts'), 'audit', 'verify', target], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'], NODE_ENV: 'test', DATABASE_URL: env.database.url, REDIS_URL: env.config.redisUrl, REDIS_PREFIX: env.config.redisPrefix },
      timeout: 60_000,
    });
    return { code: result.status, out: result.stdout.trim() };
  }

  beforeAll(async () => {
    env = await startApiTestEnvironment('audit');
    await seedDemoTenants(env.api.app, TENANT);
    admin = client(env.api.url, await login(env.api.url, demoAdminEmail('raja-ampat'), DEMO_PASSWORD));
    sql = new Client({ connectionString: env.database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await env.teardown();
  });

  it('records who did what to what, from where, and lets auditors filter it', async () => {
    await admin.patch('/api/t/raja-ampat/profile', { phone: '0951-123' });
    const invited = await admin.post<TenantMember>('/api/t/raja-ampat/members', { email: 'auditor@rajaampat.go.id', name: 'Inspektorat', roles: ['auditor'] });
    await admin.patch(`/api/t/raja-ampat/members/${invited.body.userId}`, { roles: ['auditor', 'verifier'] });
    const trail = await admin.get<Page<AuditEntry>>('/api/t/raja-ampat/audit');
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e) => e.action)).toEqual(['member.roles-changed', 'member.invited', 'tenant-profile.updated']);
    const [changed] = trail.body.items;
    expect(changed).toMatchObject({
      actor: { name: demoAdminEmail('raja-ampat') },
      subject: { type: 'Member', id: invited.body.userId },
      details: { roles: ['auditor', 'verifier'] },
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });
    const filtered = await admin.get<Page<AuditEntry>>('/api/t/raja-ampat/audit?action=member.invited');
    expect(filtered.body.items).toHaveLength(1);
    expect((await admin.get<ErrorResponse>('/api/t/raja-ampat/audit?from=yesterday')).body.code).toBe('VALIDATION_FAILED');
    const verification = await admin.get<AuditVerification>('/api/t/raja-ampat/audit/verification');
    expect(verification.body).toEqual({ entries: 3, valid: true, firstBrokenId: null, problem: null });
  });

  it('records platform actions in the platform trail', async () => {
    const platform = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
    await platform.patch('/api/platform/tenants/raja-ampat', { status: 'suspended' });
    await platform.patch('/api/platform/tenants/raja-ampat', { status: 'active' });
    const trail = await platform.get<Page<AuditEntry>>('/api/platform/audit');
    expect(trail.body.items.slice(0, 2).map((e) => [e.action, e.actor.name])).toEqual([
      ['tenant.active', PLATFORM_ADMIN.email],
      ['tenant.suspended', PLATFORM_ADMIN.email],
    ]);
    expect(trail.body.items.some((e) => e.action === 'tenant.onboarded' && e.subject.id === 'raja-ampat')).toBe(true);
    expect((await admin.get<ErrorResponse>('/api/platform/audit')).body.code).toBe('PLATFORM_ADMIN_REQUIRED');
  });

  it('is append-only, and a changed or deleted entry is detected by audit verify', async () => {
    expect(verifyByCli('raja-ampat')).toEqual({ code: 0, out: 'audit trail of raja-ampat: 3 entries, chain intact' });
    expect(verifyByCli('platform').code).toBe(0);
    await expect(sql.query(`update t_96_03.audit_log set actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(sql.query('delete from t_96_03.audit_log')).rejects.toThrow(/append-only/);

    // Someone with the keys disables the guard and edits history: the chain says so.
    await sql.query('alter table t_96_03.audit_log disable trigger user');
    await sql.query(`update t_96_03.audit_log set details = '{"phone":"changed"}' where action = 'tenant-profile.updated'`);
    const changed = verifyByCli('raja-ampat');
    expect(changed.code).toBe(1);
    expect(changed.out).toMatch(/BROKEN at entry \d+ \(this entry was changed after it was written\)/);

    await sql.query(`delete from t_96_03.audit_log where action = 'tenant-profile.updated'`);
    const removed = verifyByCli('raja-ampat');
    expect(removed.code).toBe(1);
    expect(removed.out).toMatch(/an entry before this one was removed or changed/);
    await sql.query('alter table t_96_03.audit_log enable trigger user');
    expect((await admin.get<AuditVerification>('/api/t/raja-ampat/audit/verification')).body.valid).toBe(false);
  });
});
