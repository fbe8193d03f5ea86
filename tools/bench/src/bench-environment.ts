import { createTestDatabase, TestDatabase } from '@sinergi/server/core/testing';
import { freePort, startTestServices } from '@sinergi/server/local-runtime';
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

/** Benchmarks run on the same services as the tests (see startTestServices). */
export async function benchServices(): Promise<{ cleanup: () => Promise<void> }> {
  return { cleanup: await startTestServices(join(ROOT, '.data', 'bench')) };
}

export async function scratchDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`bench${label}`);
}

export type BenchApi = { process: ChildProcess; baseUrl: string; stop: () => void };

/** The real API as its own process (as in production), on a free port, healthy before it returns. */
export async function startBenchApi(env: Record<string, string>): Promise<BenchApi> {
  const port = await freePort(3900);
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ARGON2_MEMORY_KIB: '4096',
      ARGON2_TIME_COST: '1',
      ...env,
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseUrl}/api/health`);
  return { process: child, baseUrl, stop: () => child.kill('SIGTERM') };
}

export async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`API did not become healthy at ${url}`);
}

export async function loginForToken(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
