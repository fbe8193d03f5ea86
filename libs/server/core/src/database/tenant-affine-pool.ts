import * as pg from 'pg';

/** pg-pool's internals this pool reads and reorders (pg-pool 3, pinned in the lock file). */
type Waiter = { affinity?: string; passedOver?: number; timedOut?: boolean };
type Idle = { client: SlottedClient; idleListener: unknown; timeoutId?: NodeJS.Timeout };
type SlottedClient = pg.PoolClient & { slot?: number; ref?: () => void };
type PoolInternals = {
  _pendingQueue: Waiter[];
  _idle: Idle[];
  ending: boolean;
  ended: boolean;
  options: { max: number };
  _acquireClient(client: SlottedClient, waiter: Waiter, idleListener: unknown, isNew: boolean): void;
};

/** How far down the queue a freed connection looks for a waiter of its own tenants. */
const WINDOW = 16;
/** How often the head of the queue may be passed over before it is served regardless. */
const MAX_PASSED_OVER = 4;

let nextAffinity: string | undefined;

/**
 * Names the tenant of the connection about to be asked for (synchronously before `connect`, which
 * TypeORM calls synchronously from QueryRunner.connect).
 */
export function withConnectionAffinity<T>(key: string, connect: () => T): T {
  nextAffinity = key;
  try {
    return connect();
  } finally {
    nextAffinity = undefined;
  }
}

/**
 * The one pool, with tenant affinity: each connection has a slot, each tenant a home slot (a hash of
 * its id), and a tenant's unit of work goes to its home connection when that one is free, or when it
 * frees up while the tenant waits near the head of the queue. So each PostgreSQL backend serves
 * about 1/max of the tenants instead of all of them, and its catalog caches (relations, columns,
 * plans) hold those tenants only: less memory per backend on a large fleet, and fewer cache misses.
 * Affinity never leaves a connection idle while someone waits, and never passes the head of the
 * queue over more than a few times.
 */
export class TenantAffinePool extends pg.Pool {
  private readonly slots = new Set<number>();

  constructor(options?: pg.PoolConfig) {
    super(options);
    this.on('connect', (client: SlottedClient) => {
      let slot = 0;
      while (this.slots.has(slot)) slot++;
      this.slots.add(slot);
      client.slot = slot;
    });
    this.on('remove', (client: SlottedClient) => {
      if (client.slot !== undefined) this.slots.delete(client.slot);
    });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    const affinity = nextAffinity;
    const queue = (this as unknown as PoolInternals)._pendingQueue;
    const before = queue.length;
    const result = callback ? super.connect(callback) : super.connect();
    if (affinity !== undefined && queue.length > before) queue[queue.length - 1]!.affinity = affinity;
    return result;
  }

  /** pg-pool's own (first waiter, last idle connection) unless a free connection is some waiter's home. */
  _pulseQueue(): void {
    const pool = this as unknown as PoolInternals & { _pulseQueue: () => void };
    if (!pool.ending && !pool.ended && pool._pendingQueue.length > 0 && pool._idle.length > 0 && this.pair(pool)) return;
    (pg.Pool.prototype as unknown as { _pulseQueue: (this: unknown) => void })._pulseQueue.call(this);
  }

  private pair(pool: PoolInternals): boolean {
    const queue = pool._pendingQueue;
    const head = queue[0]!;
    const window = (head.passedOver ?? 0) >= MAX_PASSED_OVER ? 1 : Math.min(WINDOW, queue.length);
    for (let w = 0; w < window; w++) {
      const waiter = queue[w]!;
      if (waiter.affinity === undefined) continue;
      const home = homeSlot(waiter.affinity, pool.options.max);
      const i = pool._idle.findIndex((idle) => idle.client.slot === home);
      if (i === -1) continue;
      const [idle] = pool._idle.splice(i, 1);
      queue.splice(w, 1);
      if (w > 0) head.passedOver = (head.passedOver ?? 0) + 1;
      clearTimeout(idle!.timeoutId);
      idle!.client.ref?.();
      pool._acquireClient(idle!.client, waiter, idle!.idleListener, false);
      return true;
    }
    return false;
  }
}

function homeSlot(key: string, slots: number): number {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return (hash >>> 0) % slots;
}

/** The pg module as TypeORM loads it, with the tenant-affine pool. */
export const pgWithTenantAffinity = Object.assign(Object.create(pg) as typeof pg, { Pool: TenantAffinePool });
