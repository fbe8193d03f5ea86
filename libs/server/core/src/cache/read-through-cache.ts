type Entry<V> = { value: V; refreshAt: number; expiresAt: number; refreshing: boolean };

export type ReadThroughCacheOptions<V, H> = {
  /** How long an answer may be used; changes made elsewhere are pushed with `forget`, this bounds a lost push. */
  ttlMs: number;
  /** Beyond this many keys the cache starts again from empty. */
  maxEntries: number;
  /** Reads the answer for a key; `hint` is whatever the caller passed along (e.g. a tenant handle). */
  load: (key: string, hint: H) => Promise<V>;
  /**
   * Starts a background refresh, e.g. outside the request's unit of work (the request that happened
   * to ask goes on and commits without waiting for it). By default in the caller's context.
   */
  inBackground?: <T>(start: () => Promise<T>) => Promise<T>;
};

/** From this share of its life on, an answer that is asked for is refreshed in the background. */
const REFRESH_AFTER = 0.75;
/** Lives are shortened by up to this share, at random, so answers loaded together expire apart (never later than ttlMs). */
const JITTER = 0.2;

/**
 * An in-process cache of answers from the database that nearly every request needs (the tenant of a
 * slug, a member's roles, a tenant's role catalogue). Three things matter on a busy API serving a
 * large fleet:
 * - `peek` answers synchronously, so a guard that finds its answer needs no promise and no await;
 * - an answer asked for late in its life is refreshed in the background while it is still served,
 *   and lives are spread (80–100% of the TTL, never longer), so a fleet of tenants warmed together does not expire in the same
 *   second and make every request of that second wait on the database;
 * - concurrent misses of one key share one load, and a load overtaken by `forget` is not kept.
 */
export class ReadThroughCache<V, H = undefined> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loading = new Map<string, Promise<V>>();

  constructor(private readonly options: ReadThroughCacheOptions<V, H>) {}

  /** The answer if the cache has a live one (starting a background refresh when it is due), else undefined. */
  peek(key: string, hint: H): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = Date.now();
    if (now >= entry.expiresAt) return undefined;
    if (now >= entry.refreshAt && !entry.refreshing) {
      entry.refreshing = true;
      // A failed refresh leaves the answer in place until it expires; the next request tries again.
      const start = () => this.load(key, hint);
      (this.options.inBackground ? this.options.inBackground(start) : start()).catch(() => {
        entry.refreshing = false;
      });
    }
    return entry.value;
  }

  /** The answer, from the cache or from `load`. */
  get(key: string, hint: H): Promise<V> {
    const cached = this.peek(key, hint);
    return cached !== undefined ? Promise.resolve(cached) : this.load(key, hint);
  }

  /** Drops the answer (and any load under way) for a key: the next request reads it anew. */
  forget(key: string): void {
    this.entries.delete(key);
    this.loading.delete(key);
  }

  private load(key: string, hint: H): Promise<V> {
    const under = this.loading.get(key);
    if (under) return under;
    const loaded = this.options.load(key, hint).then(
      (value) => {
        // Kept only if no `forget` came in between: the answer may predate the change it announced.
        if (this.loading.get(key) === loaded) {
          this.loading.delete(key);
          this.store(key, value);
        }
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, loaded);
    return loaded;
  }

  private store(key: string, value: V): void {
    if (this.entries.size >= this.options.maxEntries && !this.entries.has(key)) this.entries.clear();
    const now = Date.now();
    const life = this.options.ttlMs * (1 - JITTER * Math.random());
    this.entries.set(key, { value, refreshAt: now + life * REFRESH_AFTER, expiresAt: now + life, refreshing: false });
  }
}
