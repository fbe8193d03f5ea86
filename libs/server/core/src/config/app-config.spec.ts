import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const BASE = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' };
const S3 = {
  STORAGE_DRIVER: 's3',
  STORAGE_S3_BUCKET: 'sinergi-files',
  STORAGE_S3_ACCESS_KEY_ID: 'key-id',
  STORAGE_S3_SECRET_ACCESS_KEY: 'secret',
};

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

  it('keeps uploads on the local disk under the data directory by default, 10 MiB and 40 megapixels at most', () => {
    const config = loadConfig(BASE);
    expect(config).toMatchObject({
      storageDriver: 'local',
      storageDir: join(process.cwd(), '.data', 'files'),
      storageS3: null,
      uploadMaxBytes: 10 * 1024 * 1024,
      imageMaxPixels: 40_000_000,
    });
    expect(loadConfig({ ...BASE, SINERGI_DATA_DIR: '/srv/sinergi' }).storageDir).toBe('/srv/sinergi/files');
    expect(loadConfig({ ...BASE, STORAGE_DIR: '/var/lib/sinergi/files' }).storageDir).toBe('/var/lib/sinergi/files');
  });

  it('reads the S3-compatible storage settings', () => {
    expect(loadConfig({ ...BASE, ...S3 }).storageS3).toEqual({
      endpoint: null,
      region: 'us-east-1',
      bucket: 'sinergi-files',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
    const minio = loadConfig({
      ...BASE,
      ...S3,
      STORAGE_S3_ENDPOINT: 'http://minio:9000',
      STORAGE_S3_REGION: 'ap-southeast-3',
      STORAGE_S3_FORCE_PATH_STYLE: 'true',
    });
    expect(minio.storageS3).toMatchObject({ endpoint: 'http://minio:9000', region: 'ap-southeast-3', forcePathStyle: true });
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
    [{ ...BASE, STORAGE_DRIVER: 'ftp' }, 'Configuration error: STORAGE_DRIVER must be one of local, s3, got "ftp"'],
    [{ ...BASE, UPLOAD_MAX_BYTES: '10MB' }, 'Configuration error: UPLOAD_MAX_BYTES must be a whole number, got "10MB"'],
    [{ ...BASE, IMAGE_MAX_PIXELS: '0' }, 'Configuration error: IMAGE_MAX_PIXELS must be between 1 and 1000000000, got 0'],
    [{ ...BASE, STORAGE_DRIVER: 's3' }, 'Configuration error: STORAGE_S3_BUCKET is required but not set'],
    [{ ...BASE, ...S3, STORAGE_S3_BUCKET: 'Bad_Bucket' }, 'Configuration error: STORAGE_S3_BUCKET is not a valid bucket name (3-63 lower-case letters, digits, . and -)'],
    [{ ...BASE, ...S3, STORAGE_S3_ACCESS_KEY_ID: '' }, 'Configuration error: STORAGE_S3_ACCESS_KEY_ID is required but not set'],
    [{ ...BASE, ...S3, STORAGE_S3_SECRET_ACCESS_KEY: ' ' }, 'Configuration error: STORAGE_S3_SECRET_ACCESS_KEY is required but not set'],
    [{ ...BASE, ...S3, STORAGE_S3_ENDPOINT: 'ftp://minio' }, 'Configuration error: STORAGE_S3_ENDPOINT must use http: or https:, got ftp:'],
    [{ ...BASE, ...S3, STORAGE_S3_FORCE_PATH_STYLE: 'maybe' }, 'Configuration error: STORAGE_S3_FORCE_PATH_STYLE must be true or false, got "maybe"'],
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
