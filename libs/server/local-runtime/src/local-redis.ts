import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from './free-port';

export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Redis from REDIS_URL or 127.0.0.1:6379; when neither answers and redis-server is installed,
 * one is started with its files under .data/redis.
 */
export async function ensureRedis(dataRoot: string): Promise<{ url: string; stop: () => void }> {
  const configured = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  if (await redisAnswers(configured)) return { url: configured, stop: () => undefined };
  if (process.env['REDIS_URL']) {
    throw new Error(`Redis does not answer at REDIS_URL=${configured}. Start it, or unset REDIS_URL to use a local one.`);
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'Redis does not answer at 127.0.0.1:6379 and redis-server is not installed. ' +
        'Install it (Debian/Ubuntu: apt-get install redis-server) or set REDIS_URL to a Redis you have.',
    );
  }
  const dir = join(dataRoot, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort(6380);
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await redisAnswers(url, 300)) return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('redis-server was started under .data/redis but does not answer');
}
