import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The application (the API, or this process driving the raw pool) on one half of the CPUs, and
 * PostgreSQL with the load generator on the other, as API and database run on separate machines in
 * production. Sharing every core, PostgreSQL's backends preempt the single-threaded API and evict
 * its hot caches, the more so the more tenants' catalogs they touch: the API's own CPU per request
 * then grows with PostgreSQL's spread cost although its code path is the same (perf: same profile,
 * 14-17% more cycles), and a 10-s run swings ±15% with the scheduler. BENCH_PIN=0 turns it off.
 */
export type CpuSplit = { application: string; database: string; describe: string };

export function cpuSplit(): CpuSplit | null {
  if (process.env['BENCH_PIN'] === '0') return null;
  const cpus = availableParallelism();
  if (cpus < 2 || spawnSync('taskset', ['-V']).status !== 0) return null;
  const half = Math.floor(cpus / 2);
  const range = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
  const application = range(0, half - 1);
  const database = range(half, cpus - 1);
  return { application, database, describe: `application on CPU ${application}, PostgreSQL and the load generator on CPU ${database}` };
}

/** Pins a process and all its threads; false (and nothing pinned) when the system refuses. */
export function pin(pid: number, cpus: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Pins the PostgreSQL server behind `url` (its postmaster and every process it has forked; the
 * backends it forks later inherit the pinning), when it runs on this machine and we may read where.
 */
export async function pinDatabaseServer(url: string, cpus: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ dir: string }>(`select current_setting('data_directory') as dir`);
    const postmaster = Number(readFileSync(join(rows[0]!.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = spawnSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
    return [postmaster, ...children].every((pid) => pin(pid, cpus));
  } catch {
    return false; // not a superuser, another machine, or not ours to pin
  } finally {
    await client.end();
  }
}
