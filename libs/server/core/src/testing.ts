/**
 * Test support (import from '@sinergi/server/core/testing', never from product code):
 * every test file gets its own database on the test cluster, and drops it with its roles after.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig, loadConfig } from './config/app-config';
import { rolePrefix } from './database/tenant-naming';

export function testAdminUrl(): string {
  const url = process.env['SINERGI_TEST_ADMIN_URL'];
  if (!url) throw new Error('SINERGI_TEST_ADMIN_URL is not set: run the tests through jest (globalSetup sets it)');
  return url;
}

export function testRedisUrl(): string {
  return process.env['SINERGI_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
}

export type TestDatabase = { name: string; url: string; drop: () => Promise<void> };

export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `sinergi_${label.replace(/[^a-z0-9]/g, '')}_${randomBytes(4).toString('hex')}`;
  const adminUrl = testAdminUrl();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropTestDatabase(name) };
}

/** Drops the database and the cluster-wide roles its tenants created. */
export async function dropTestDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: testAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    const prefix = rolePrefix(name);
    const roles = await admin.query<{ rolname: string }>(
      `select rolname from pg_roles where rolname like $1 order by (rolname like '%\\_tenants') asc`,
      [`${prefix}\\_%`],
    );
    for (const { rolname } of roles.rows) await admin.query(`drop role if exists "${rolname}"`);
  } finally {
    await admin.end();
  }
}

/** A development-mode configuration pointing at a test database and a private Redis namespace. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    DATABASE_POOL_SIZE: '5',
    ARGON2_MEMORY_KIB: '4096',
    ARGON2_TIME_COST: '1',
    LOG_LEVEL: 'error',
    // Each call its own (lazily created) upload directory, so no test sees another's files.
    STORAGE_DIR: join(tmpdir(), `sinergi-files-${randomBytes(6).toString('hex')}`),
    ...overrides,
  });
}
