import { createTestDatabase, TestDatabase } from '@sinergi/server/core/testing';
import { join, resolve } from 'node:path';
import { ensureRedis, startEmbeddedDatabase } from '@sinergi/server/local-runtime';

export const ROOT = resolve(__dirname, '../../..');

/**
 * Benchmarks run on the same services as the tests: the PostgreSQL of DATABASE_URL (a scratch
 * database is created and dropped) or an embedded one, and the local Redis.
 */
export async function benchServices(): Promise<{ cleanup: () => Promise<void> }> {
  const stops: (() => Promise<void> | void)[] = [];
  const data = join(ROOT, '.data', 'bench');
  if (!process.env['SINERGI_TEST_ADMIN_URL']) {
    if (process.env['DATABASE_URL']) process.env['SINERGI_TEST_ADMIN_URL'] = process.env['DATABASE_URL'];
    else {
      const database = await startEmbeddedDatabase(data);
      stops.push(database.stop);
      process.env['SINERGI_TEST_ADMIN_URL'] = database.url;
    }
  }
  if (!process.env['SINERGI_TEST_REDIS_URL']) {
    const redis = await ensureRedis(data);
    stops.push(redis.stop);
    process.env['SINERGI_TEST_REDIS_URL'] = redis.url;
  }
  return {
    cleanup: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

export async function scratchDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`bench${label}`);
}
