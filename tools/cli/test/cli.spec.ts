import { createTestDatabase, TestDatabase, testRedisUrl } from '@sinergi/server/core/testing';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { TENANT_MIGRATIONS } from '@sinergi/migrations';

const ROOT = resolve(__dirname, '../../..');

function sinergi(database: TestDatabase, ...args: string[]) {
  const result = spawnSync(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'tools/cli/src/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'],
      CI: 'true',
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: `cli-test-${database.name}`,
      ARGON2_MEMORY_KIB: '4096',
      ARGON2_TIME_COST: '1',
    },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('The sinergi command line', () => {
  let database: TestDatabase;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase('cli');
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await database.drop();
  });

  it('onboards a region: tenant create 18.13 --admin-email … --admin-name …', () => {
    const result = sinergi(database, 'tenant', 'create', '18.13', '--admin-email', 'kominfo@pesisirbaratkab.go.id', '--admin-name', 'Kasi Media');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`created pesisir-barat (Kabupaten Pesisir Barat, 18.13), schema version ${TENANT_MIGRATIONS.length}`);
    expect(result.out).toMatch(/invitation e-mailed to kominfo@pesisirbaratkab\.go\.id \(valid until 20\d\d-/);
  });

  it('explains bad input in one line and exits non-zero', () => {
    const taken = sinergi(database, 'tenant', 'create', '18.13', '--admin-email', 'a@b.id', '--admin-name', 'A B');
    expect(taken.code).toBe(1);
    expect(taken.err.trim()).toBe('error TENANT_EXISTS: This region or slug is already onboarded. (regionCode: 18.13 is pesisir-barat)');
    const unknown = sinergi(database, 'tenant', 'create', '18.99', '--admin-email', 'a@b.id', '--admin-name', 'A B');
    expect(unknown.err).toMatch(/^error REGION_NOT_FOUND/);
    const missing = sinergi(database, 'tenant', 'create', '18.04');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^usage: sinergi tenant create/);
  });

  it('lists, suspends, resumes and archives tenants', () => {
    expect(sinergi(database, 'tenant', 'suspend', 'pesisir-barat').out).toContain('pesisir-barat is now suspended');
    expect(sinergi(database, 'tenant', 'list', '--status', 'suspended').out).toMatch(/18\.13\s+pesisir-barat\s+suspended\s+v\d/);
    expect(sinergi(database, 'tenant', 'resume', 'pesisir-barat').out).toContain('pesisir-barat is now active');
    expect(sinergi(database, 'tenant', 'suspend', 'nowhere').err).toMatch(/^error TENANT_NOT_FOUND/);
  });

  it('migrates the fleet with plain progress lines and a summary, and exits non-zero when a tenant fails', async () => {
    expect(sinergi(database, 'tenant', 'create', '18.04', '--admin-email', 'a@lambar.go.id', '--admin-name', 'Admin').code).toBe(0);
    const clean = sinergi(database, 'migrate');
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('platform: up to date');
    expect(clean.out).toContain('tenants: 2 total, 0 migrated, 2 up to date, 0 failed');

    // Lampung Barat's history is lost while its tables remain: re-running its first migration fails.
    await sql.query('delete from t_18_04.migrations');
    await sql.query(`update platform.tenants set schema_version = 0 where slug = 'lampung-barat'`);
    const broken = sinergi(database, 'migrate', '--concurrency', '2');
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/lampung-barat FAILED: .*already exists/);
    expect(broken.out).toContain('tenants: 2 total, 0 migrated, 1 up to date, 1 failed');
    expect(broken.out).toMatch(/lampung-barat\s+0 → 0\s+failed/);
    const profile = await sql.query('select count(*)::int as n from t_18_04.tenant_profile');
    expect(profile.rows).toEqual([{ n: 1 }]);

    expect(sinergi(database, 'migrate', '--concurrency', 'many').err).toMatch(/--concurrency must be a whole number/);
  });
});
