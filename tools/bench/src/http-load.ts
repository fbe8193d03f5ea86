import autocannon from 'autocannon';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number; total: number };

type HttpLoadOptions = { baseUrl: string; token: string; paths: string[]; connections: number; seconds: number; /** wrk only: the CPUs it runs on (taskset list). */ cpus?: string };

/**
 * Loopback HTTP load, `paths` cycled through. wrk (C, one thread) when it is installed, so the load
 * generator takes as little as possible of the two cores the API and PostgreSQL share with it;
 * autocannon otherwise.
 */
export function loadTool(): 'wrk' | 'autocannon' {
  const wanted = process.env['BENCH_LOAD_TOOL'];
  if (wanted === 'autocannon') return 'autocannon';
  return spawnSync('wrk', ['--version']).error ? 'autocannon' : 'wrk';
}

export async function httpLoad(options: HttpLoadOptions): Promise<LoadResult> {
  return loadTool() === 'wrk' ? wrkLoad(options) : autocannonLoad(options);
}

async function wrkLoad(options: HttpLoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-wrk-'));
  const script = join(dir, 'load.lua');
  writeFileSync(
    script,
    `local paths = {${options.paths.map((p) => JSON.stringify(p)).join(',')}}
local headers = { ["Authorization"] = "Bearer ${options.token}" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"durationUs":%d,"errors":%d,"non2xx":%d,"p50Us":%d,"p99Us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
`,
  );
  try {
    // Asynchronous, so the benchmark's own samplers keep running during the load.
    const run = await promisify(execFile)(
      options.cpus ? 'taskset' : 'wrk',
      [...(options.cpus ? ['-c', options.cpus, 'wrk'] : []), '-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '5s', '-s', script, options.baseUrl],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    const line = /RESULT (\{.*\})/.exec(run.stdout)?.[1];
    if (!line) throw new Error(`wrk gave no result: ${run.stderr || run.stdout}`);
    const r = JSON.parse(line) as { requests: number; durationUs: number; errors: number; non2xx: number; p50Us: number; p99Us: number };
    return {
      requestsPerSecond: r.requests / (r.durationUs / 1e6),
      p50: r.p50Us / 1000,
      p99: r.p99Us / 1000,
      errors: r.errors,
      non2xx: r.non2xx,
      total: r.requests,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function autocannonLoad(options: HttpLoadOptions): Promise<LoadResult> {
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
