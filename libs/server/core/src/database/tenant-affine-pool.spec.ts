import type { PoolClient } from 'pg';
import { createTestDatabase, TestDatabase } from '../testing';
import { TenantAffinePool, withConnectionAffinity } from './tenant-affine-pool';

/** Which backend served a unit of work for `tenant`, held for `holdMs`. */
async function serve(pool: TenantAffinePool, tenant: string, holdMs = 0): Promise<number> {
  const client: PoolClient = await withConnectionAffinity(tenant, () => pool.connect());
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    if (holdMs) await new Promise((resolve) => setTimeout(resolve, holdMs));
    return rows[0]!.pid;
  } finally {
    client.release();
  }
}

describe('TenantAffinePool', () => {
  let database: TestDatabase;
  let pool: TenantAffinePool;
  const tenants = Array.from({ length: 60 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

  beforeAll(async () => {
    database = await createTestDatabase('affinepool');
    pool = new TenantAffinePool({ connectionString: database.url, max: 3 });
    // All three connections open, as in a pool that has been serving.
    const held = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    held.forEach((client) => client.release());
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it("sends a tenant's units of work to the same connection when it is free", async () => {
    for (const tenant of tenants.slice(0, 10)) {
      const first = await serve(pool, tenant);
      for (let i = 0; i < 5; i++) expect(await serve(pool, tenant)).toBe(first);
    }
  });

  it('spreads the tenants over every connection', async () => {
    const backends = new Set<number>();
    for (const tenant of tenants) backends.add(await serve(pool, tenant));
    expect(backends.size).toBe(3);
  });

  it('keeps most tenants on their own connection under a load larger than the pool, and serves every waiter', async () => {
    const served = new Map<string, Set<number>>();
    const work = Array.from({ length: 600 }, (_, i) => tenants[(i * 7) % tenants.length]!);
    const pids = await Promise.all(work.map((tenant) => serve(pool, tenant, 1)));
    work.forEach((tenant, i) => served.set(tenant, (served.get(tenant) ?? new Set()).add(pids[i]!)));
    expect(pids).toHaveLength(600);
    const onOne = [...served.values()].filter((backends) => backends.size === 1).length;
    expect(onOne / served.size).toBeGreaterThan(0.5);
  });

  it('never lets affinity pass the head of the queue over more than a few times', async () => {
    // One tenant waits at the head while a stream of others, all at home on the freed connections, keeps coming.
    const finished: string[] = [];
    const started: Promise<void>[] = [];
    for (let i = 0; i < 3; i++) started.push(serve(pool, tenants[i]!, 20).then(() => undefined));
    const head = serve(pool, 'head-of-the-queue', 0).then(() => {
      finished.push('head');
    });
    const others = Array.from({ length: 40 }, (_, i) =>
      serve(pool, tenants[i % 3]!, 5).then(() => {
        finished.push(`other ${i}`);
      }),
    );
    await Promise.all([...started, head, ...others]);
    expect(finished.indexOf('head')).toBeLessThanOrEqual(4 + 3);
  });

  it('answers like pg.Pool without a tenant (platform work), and with a callback', async () => {
    const { rows } = await pool.query<{ one: number }>('select 1 as one');
    expect(rows[0]!.one).toBe(1);
    await new Promise<void>((resolve, reject) =>
      pool.connect((error, client, done) => {
        if (error || !client) return reject(error);
        done();
        resolve();
      }),
    );
  });

  it('gives a replaced connection a free slot', async () => {
    const client = await pool.connect();
    client.release(new Error('drop this connection'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Three at once: the pool opens a new connection in the place of the dropped one.
    const slots = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    expect(new Set(slots.map((c) => (c as PoolClient & { slot?: number }).slot))).toEqual(new Set([0, 1, 2]));
    slots.forEach((c) => c.release());
  });
});
