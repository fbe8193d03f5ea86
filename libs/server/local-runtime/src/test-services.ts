import { startEmbeddedDatabase } from './embedded-database';
import { ensureRedis } from './local-redis';

/**
 * The services the tests and benchmarks run on: the PostgreSQL server of DATABASE_URL (each test
 * file or benchmark creates and drops its own database there) or an embedded one, and Redis from
 * REDIS_URL or local. Sets SINERGI_TEST_ADMIN_URL and SINERGI_TEST_REDIS_URL; returns the stop.
 */
export async function startTestServices(dataDir: string): Promise<() => Promise<void>> {
  const stops: (() => Promise<void> | void)[] = [];
  if (!process.env['SINERGI_TEST_ADMIN_URL']) {
    if (process.env['DATABASE_URL']) {
      process.env['SINERGI_TEST_ADMIN_URL'] = process.env['DATABASE_URL'];
    } else {
      const database = await startEmbeddedDatabase(dataDir);
      stops.push(database.stop);
      process.env['SINERGI_TEST_ADMIN_URL'] = database.url;
    }
  }
  if (!process.env['SINERGI_TEST_REDIS_URL']) {
    const redis = await ensureRedis(dataDir);
    stops.push(redis.stop);
    process.env['SINERGI_TEST_REDIS_URL'] = redis.url;
  }
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
