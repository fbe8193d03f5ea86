import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The application (the API, and this process driving the raw pool) on one half of the CPUs, and
 * PostgreSQL with the load generator on the other, as API and database run on separate machines in
 * production. Sharing every core, PostgreSQL's backends preempt the single-threaded API and evict
 * its hot caches, the more so the more tenants' catalogs they touch: the API's own CPU per request
 * then grows with PostgreSQL's spread cost although its code path is the same (perf: same profile,
 * 14-17% more cycles), and a 10-s run swings ±15% with the scheduler. BENCH_PIN=0 turns it off.
 */
export type CpuSplit = {
  /** Where the load generator runs (a taskset CPU list). */
  loadCpus: string;
  describe: string;
  /** Gives every pinned process all CPUs back (the database server may outlive the benchmark). */
  restore: () => void;
};

/** Null, with nothing left pinned, when BENCH_PIN=0, on one CPU, without taskset, or when the database server is not ours to pin. */
export async function splitCpus(applicationPids: number[], databaseUrl: string): Promise<CpuSplit | null> {
  const cpus = availableParallelism();
  if (process.env['BENCH_PIN'] === '0' || cpus < 2 || spawnSync('taskset', ['-V']).status !== 0) return null;
  const half = Math.floor(cpus / 2);
  const range = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
  const application = range(0, half - 1);
  const database = range(half, cpus - 1);
  const postmaster = await postmasterOf(databaseUrl);
  const databasePids = () => (postmaster === null ? [] : [postmaster, ...childrenOf(postmaster)]);
  const restore = () => [...applicationPids, ...databasePids()].forEach((pid) => pin(pid, range(0, cpus - 1)));
  const pinned = postmaster !== null && applicationPids.every((pid) => pin(pid, application)) && databasePids().every((pid) => pin(pid, database));
  if (!pinned) {
    restore();
    return null;
  }
  return { loadCpus: database, describe: `application on CPU ${application}, PostgreSQL and the load generator on CPU ${database}`, restore };
}

/** Pins a process and all its threads (processes it forks later inherit it); false when the system refuses. */
function pin(pid: number, cpus: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  return spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
}

/** The postmaster of the server behind `url`, when it runs on this machine and we may read where. */
async function postmasterOf(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ dir: string }>(`select current_setting('data_directory') as dir`);
    return Number(readFileSync(join(rows[0]!.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null; // not a superuser, another machine's server, or its folder closed to us
  } finally {
    await client.end();
  }
}
