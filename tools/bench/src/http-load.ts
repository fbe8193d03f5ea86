import autocannon from 'autocannon';

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number; total: number };

/** Loopback load with autocannon: `paths` are cycled through by every connection. */
export async function httpLoad(options: {
  baseUrl: string;
  token: string;
  paths: string[];
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    headers: { authorization: `Bearer ${options.token}` },
    requests: options.paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** The same work without HTTP: `concurrency` loops calling `work` for `seconds`. */
export async function directLoad(options: {
  concurrency: number;
  seconds: number;
  work: (i: number) => Promise<unknown>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  let counter = 0;
  let errors = 0;
  const loop = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const started = performance.now();
      try {
        await options.work(counter++);
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0;
  return { requestsPerSecond: latencies.length / elapsed, p50: at(50), p99: at(99), errors, non2xx: 0, total: latencies.length };
}
