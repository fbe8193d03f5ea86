import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const BASE = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' };

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('Configuration is validated at start', () => {
  it('uses development defaults when only DATABASE_URL is given', () => {
    const config = loadConfig(BASE);
    expect(config).toMatchObject({ env: 'development', port: 3000, redisUrl: 'redis://127.0.0.1:6379', databasePoolSize: 10 });
  });

  it.each([
    [{}, 'Configuration error: DATABASE_URL is required but not set'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'Configuration error: DATABASE_URL must use postgres: or postgresql:, got mysql:'],
    [{ DATABASE_URL: 'not a url' }, 'Configuration error: DATABASE_URL is not a valid URL'],
    [{ ...BASE, PORT: 'eighty' }, 'Configuration error: PORT must be a whole number, got "eighty"'],
    [{ ...BASE, PORT: '70000' }, 'Configuration error: PORT must be between 0 and 65535, got 70000'],
    [{ ...BASE, NODE_ENV: 'staging' }, 'Configuration error: NODE_ENV must be one of development, test, production, got "staging"'],
    [{ ...BASE, REDIS_URL: 'http://x' }, 'Configuration error: REDIS_URL must use redis: or rediss:, got http:'],
    [{ ...BASE, JWT_SECRET: 'short' }, 'Configuration error: JWT_SECRET must be at least 32 characters'],
    [{ ...BASE, PLATFORM_ADMIN_EMAIL: 'admin' }, 'Configuration error: PLATFORM_ADMIN_EMAIL is not an e-mail address'],
    [{ ...BASE, REDIS_PREFIX: 'a b' }, 'Configuration error: REDIS_PREFIX may only hold letters, digits, - and _'],
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(problem(env)).toBe(message);
  });

  it('refuses the development defaults in production', () => {
    expect(problem({ ...BASE, NODE_ENV: 'production' })).toBe('Configuration error: JWT_SECRET is required but not set');
    expect(problem({ ...BASE, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toBe(
      'Configuration error: PLATFORM_ADMIN_PASSWORD is required but not set',
    );
    expect(
      problem({ ...BASE, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PLATFORM_ADMIN_PASSWORD: 'a-long-enough-password' }),
    ).toBe('Configuration error: PLATFORM_ADMIN_EMAIL is required but not set');
  });

  it('makes the API process exit with that one line', () => {
    const root = resolve(__dirname, '../../../../..');
    const result = spawnSync(process.execPath, ['-r', join(root, 'tools/register.js'), join(root, 'apps/api/src/main.ts')], {
      env: { PATH: process.env['PATH'], DATABASE_URL: 'postgres://u@h/db', PORT: 'x' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Configuration error: PORT must be a whole number, got "x"\n');
  });
});
