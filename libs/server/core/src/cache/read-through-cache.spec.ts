import { ReadThroughCache } from './read-through-cache';

/** A loader whose answers the test releases one at a time. */
function controlledLoader() {
  const calls: { key: string; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = (key: string) => new Promise<string>((resolve, reject) => calls.push({ key, resolve, reject }));
  return { calls, load };
}

/** A cache (TTL 10 s) that has just loaded 'A1' for key 'a' through a controlled loader. */
async function cacheHoldingA1() {
  const loader = controlledLoader();
  const cache = new ReadThroughCache<string>({ ttlMs: 10_000, maxEntries: 10, load: loader.load });
  const loaded = cache.get('a', undefined);
  loader.calls[0]!.resolve('A1');
  await loaded;
  return { loader, cache };
}

const flush = () => new Promise<void>((resolve) => jest.requireActual<typeof import('timers')>('timers').setImmediate(resolve));

describe('ReadThroughCache', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000, doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('answers nothing before a load, then from the cache; concurrent misses share one load', async () => {
    const loader = controlledLoader();
    const cache = new ReadThroughCache<string>({ ttlMs: 10_000, maxEntries: 10, load: loader.load });
    expect(cache.peek('a', undefined)).toBeUndefined();
    const first = cache.get('a', undefined);
    const second = cache.get('a', undefined);
    expect(loader.calls).toHaveLength(1);
    loader.calls[0]!.resolve('A1');
    await expect(Promise.all([first, second])).resolves.toEqual(['A1', 'A1']);
    expect(cache.peek('a', undefined)).toBe('A1');
    expect(loader.calls).toHaveLength(1);
  });

  it('keeps null as an answer (an unknown tenant is not asked for again and again)', async () => {
    const load = jest.fn(async () => null);
    const cache = new ReadThroughCache<string | null>({ ttlMs: 10_000, maxEntries: 10, load });
    await cache.get('nope', undefined);
    expect(cache.peek('nope', undefined)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('refreshes an answer asked for late in its life in the background, serving the old one meanwhile', async () => {
    const { loader, cache } = await cacheHoldingA1();
    jest.advanceTimersByTime(5_000); // half its life at most: no refresh yet
    expect(cache.peek('a', undefined)).toBe('A1');
    expect(loader.calls).toHaveLength(1);
    jest.advanceTimersByTime(2_600); // beyond three quarters of even the longest life (10 s)
    expect(cache.peek('a', undefined)).toBe('A1');
    expect(cache.peek('a', undefined)).toBe('A1');
    expect(loader.calls).toHaveLength(2); // one refresh, however many ask
    loader.calls[1]!.resolve('A2');
    await flush();
    expect(cache.peek('a', undefined)).toBe('A2');
  });

  it('never serves an answer older than its TTL, and spreads lives between 80% and 100% of it', async () => {
    const lives: number[] = [];
    for (let i = 0; i < 50; i++) {
      const cache = new ReadThroughCache<string>({ ttlMs: 10_000, maxEntries: 10, load: async () => 'v', inBackground: () => new Promise(() => undefined) });
      await cache.get('a', undefined);
      let age = 0;
      while (cache.peek('a', undefined) !== undefined) {
        jest.advanceTimersByTime(100);
        age += 100;
      }
      lives.push(age);
    }
    expect(Math.max(...lives)).toBeLessThanOrEqual(10_000);
    expect(Math.min(...lives)).toBeGreaterThanOrEqual(8_000);
    expect(new Set(lives).size).toBeGreaterThan(5);
  });

  it('does not keep an answer whose load was overtaken by forget (it may predate the change)', async () => {
    const loader = controlledLoader();
    const cache = new ReadThroughCache<string>({ ttlMs: 10_000, maxEntries: 10, load: loader.load });
    const stale = cache.get('a', undefined);
    cache.forget('a');
    loader.calls[0]!.resolve('before the change');
    await stale;
    expect(cache.peek('a', undefined)).toBeUndefined();
    const fresh = cache.get('a', undefined);
    loader.calls[1]!.resolve('after the change');
    await expect(fresh).resolves.toBe('after the change');
  });

  it('keeps serving the answer when a background refresh fails, and tries again on the next request', async () => {
    const { loader, cache } = await cacheHoldingA1();
    jest.advanceTimersByTime(7_600);
    expect(cache.peek('a', undefined)).toBe('A1');
    loader.calls[1]!.reject(new Error('database down'));
    await flush();
    expect(cache.peek('a', undefined)).toBe('A1');
    expect(loader.calls).toHaveLength(3);
  });

  it('starts background refreshes through inBackground (e.g. outside a request unit of work)', async () => {
    const started: string[] = [];
    const cache = new ReadThroughCache<string, string>({
      ttlMs: 10_000,
      maxEntries: 10,
      load: async (key, hint) => `${key}:${hint}`,
      inBackground: (start) => {
        started.push('background');
        return start();
      },
    });
    await cache.get('a', 'h1');
    expect(started).toEqual([]);
    jest.advanceTimersByTime(7_600);
    cache.peek('a', 'h2');
    await flush();
    expect(started).toEqual(['background']);
    expect(cache.peek('a', 'h2')).toBe('a:h2');
  });

  it('starts again from empty beyond maxEntries', async () => {
    const cache = new ReadThroughCache<string>({ ttlMs: 10_000, maxEntries: 2, load: async (key) => key.toUpperCase() });
    await cache.get('a', undefined);
    await cache.get('b', undefined);
    await cache.get('c', undefined);
    expect(cache.peek('a', undefined)).toBeUndefined();
    expect(cache.peek('c', undefined)).toBe('C');
  });
});
