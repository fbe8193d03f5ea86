import { join, resolve } from 'node:path';
// Relative imports: jest's global set-up runs outside the test runtime, without the path aliases.
import { startEmbeddedDatabase } from '../../libs/server/local-runtime/src/embedded-database';
import { ensureRedis } from '../../libs/server/local-runtime/src/local-redis';

type Teardown = () => Promise<void> | void;
const teardowns: Teardown[] = [];

/**
 * Tests talk to a real PostgreSQL and a real Redis: DATABASE_URL's server when set (each test
 * file creates and drops its own database there), else an embedded PostgreSQL under .data/.
 */
export default async function globalSetup(): Promise<void> {
  const data = join(resolve(__dirname, '../..'), '.data', 'test');
  if (!process.env['SINERGI_TEST_ADMIN_URL']) {
    if (process.env['DATABASE_URL']) {
      process.env['SINERGI_TEST_ADMIN_URL'] = process.env['DATABASE_URL'];
    } else {
      const database = await startEmbeddedDatabase(data);
      teardowns.push(database.stop);
      process.env['SINERGI_TEST_ADMIN_URL'] = database.url;
    }
  }
  if (!process.env['SINERGI_TEST_REDIS_URL']) {
    const redis = await ensureRedis(data);
    teardowns.push(redis.stop);
    process.env['SINERGI_TEST_REDIS_URL'] = redis.url;
  }
  (globalThis as { __sinergiTeardowns?: Teardown[] }).__sinergiTeardowns = teardowns;
}
