import { createTestDatabase, TestDatabase, testRedisUrl } from '@sinergi/server/core/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('onboards the regions of a file, skips those already onboarded, reports the failed ones and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinergi-onboarding-'));
    try {
      const file = join(dir, 'lampung.csv');
      writeFileSync(
        file,
        [
          'region_code,admin_email,admin_name,slug',
          '18.13,kominfo@pesisirbaratkab.go.id,Kasi Media,',
          '18.01,diskominfo@lampungselatankab.go.id,"Admin, Lampung Selatan",',
          '18.02,diskominfo@lampungtengahkab.go.id,Admin Lampung Tengah,lamteng',
          '18.99,nobody@example.id,Nobody,',
        ].join('\n'),
      );
      const run = sinergi(database, 'tenant', 'create-many', '--file', file, '--concurrency', '2');
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/18\.99 FAILED: REGION_NOT_FOUND/);
      expect(run.out).toMatch(/18\.13\s+-\s+exists\s+\d+\s+TENANT_EXISTS: .*18\.13 is pesisir-barat/);
      expect(run.out).toMatch(/18\.02\s+lamteng\s+created\s+\d+\s+invitation e-mailed to diskominfo@lampungtengahkab\.go\.id/);
      expect(run.out).toContain('regions: 4 in the file, 2 onboarded, 1 already onboarded, 1 failed');
      const created = await sql.query(`select slug from platform.tenants where region_code in ('18.01', '18.02') order by region_code`);
      expect(created.rows).toEqual([{ slug: 'lampung-selatan' }, { slug: 'lamteng' }]);
      const schemas = await sql.query(`select count(*)::int as n from pg_namespace where nspname in ('t_18_01', 't_18_02', 't_18_99')`);
      expect(schemas.rows).toEqual([{ n: 2 }]);

      // Run again once the file is fixed: what was done is skipped, the rest is done.
      writeFileSync(file, 'region_code,admin_email,admin_name\n18.01,diskominfo@lampungselatankab.go.id,Admin\n18.03,diskominfo@lampungtimurkab.go.id,Admin Lampung Timur\n');
      const again = sinergi(database, 'tenant', 'create-many', '--file', file);
      expect(again.code).toBe(0);
      expect(again.out).toContain('regions: 2 in the file, 1 onboarded, 1 already onboarded, 0 failed');

      // A malformed file onboards nothing and names every problem with its line.
      writeFileSync(file, 'region_code,admin_email,admin_name\n18.05,not-an-address,Admin\n18.5x,a@b.id,Admin\n18.06,a@b.id\n');
      const bad = sinergi(database, 'tenant', 'create-many', '--file', file);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain(`${file}:2: "not-an-address" is not an e-mail address`);
      expect(bad.err).toContain(`${file}:3: region code "18.5x" is not a Kemendagri code`);
      expect(bad.err).toContain(`${file}:4: 3 fields expected, found 2`);
      expect(bad.err).toContain('nothing onboarded');
      expect((await sql.query(`select count(*)::int as n from platform.tenants where region_code in ('18.05', '18.06')`)).rows).toEqual([{ n: 0 }]);

      expect(sinergi(database, 'tenant', 'create-many', '--file', join(dir, 'missing.csv')).err).toMatch(/^error VALIDATION_FAILED: Cannot read/);
      expect(sinergi(database, 'tenant', 'create-many').err).toMatch(/^usage: sinergi tenant create-many/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
