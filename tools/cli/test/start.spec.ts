import { testRedisUrl } from '@sinergi/server/core/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@sinergi/server/local-runtime';

const ROOT = resolve(__dirname, '../../..');

type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** `npm start` as a user runs it, but with its data in a scratch folder and the test Redis. */
function start(dataDir: string, port: number): Started {
  let output = '';
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'tools/cli/src/main.ts'), 'start'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      SINERGI_DATA_DIR: dataDir,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: `start-test-${port}`,
      PORT: String(port),
      ARGON2_MEMORY_KIB: '4096',
      ARGON2_TIME_COST: '1',
      NX_DAEMON: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until(condition: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; output so far:\n${what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm start on a machine without DATABASE_URL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the whole product on an embedded PostgreSQL, prints the logins, and reuses its data on the next start', async () => {
    const port = await freePort(3300);
    const first = start(dataDir, port);
    try {
      await until(() => first.output().includes('Sinergi is running') || first.child.exitCode !== null, 280_000, first.output);
      const out = first.output();
      expect(out).toContain('PostgreSQL: embedded');
      expect(out).toContain('Platform admin: admin@sinergi.local  Sinergi-Admin-2026!   (development default)   [created]');
      expect(out).toContain('[9 created]');
      expect(out).toContain('admin@pesisir-barat.demo.sinergi.id');
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@kota-samarinda.demo.sinergi.id', password: 'Sinergi-Demo-2026!' }),
      });
      expect(login.status).toBe(200);
      const page = await fetch(`http://127.0.0.1:${port}/platform/tenants`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<sg-root');
    } finally {
      first.child.kill('SIGINT');
      await first.exited;
    }

    const second = start(dataDir, port);
    try {
      await until(() => second.output().includes('Sinergi is running') || second.child.exitCode !== null, 120_000, second.output);
      expect(second.output()).not.toContain('first start only');
      expect(second.output()).not.toContain('[created]');
      expect(second.output()).not.toMatch(/\[\d+ created\]/);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    } finally {
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
  }, 420_000);
});
