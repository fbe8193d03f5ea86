import { join, resolve } from 'node:path';

/**
 * Configuration is read once, from the environment, and validated before anything starts:
 * a missing or malformed variable stops the process with one line naming it.
 */
export type AppConfig = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  databasePoolSize: number;
  /** Pooled connections are recycled so no backend's catalog cache grows over every tenant. */
  databaseConnectionMaxLifetimeSeconds: number;
  redisUrl: string;
  /** Prefix of every Redis key, queue and channel: several deployments (or test runs) can share a Redis. */
  redisPrefix: string;
  jwtSecret: string;
  jwtAccessTtlSeconds: number;
  jwtAudience: string;
  refreshTokenTtlSeconds: number;
  /** A session ends after this long whatever its refreshes. */
  sessionMaxAgeSeconds: number;
  jwtIssuer: string;
  platformAdminEmail: string;
  platformAdminPassword: string;
  tenantCacheTtlSeconds: number;
  /** Failed logins of one e-mail address before it is locked for loginLockSeconds. */
  loginMaxFailures: number;
  loginLockSeconds: number;
  /** Login attempts allowed per minute from one IP address, and for one e-mail address. */
  loginRatePerIp: number;
  loginRatePerAccount: number;
  argon2MemoryKib: number;
  argon2TimeCost: number;
  webDistDir: string | null;
  /** Where mail goes (nodemailer SMTP URL). `npm start` runs a local sink when it is not set. */
  smtpUrl: string;
  mailFrom: string;
  mailAttempts: number;
  mailRetryDelayMs: number;
  /** How many of one tenant's messages may be queued at once, so no region starves another. */
  outboxTenantInflightCap: number;
  outboxPollMs: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Where uploaded files live: the local disk (one machine) or S3-compatible storage (replicas). */
  storageDriver: 'local' | 's3';
  /** The local driver's root; files are stored by content hash beneath it. */
  storageDir: string;
  /** Set exactly when storageDriver is 's3'. */
  storageS3: StorageS3Config | null;
  uploadMaxBytes: number;
  /** Width × height above which an image is refused (decompression bombs). */
  imageMaxPixels: number;
  /** Lets the proof link checker reach loopback and private networks: for tests only, never in production. */
  linkCheckAllowPrivate: boolean;
};

export type StorageS3Config = {
  /** Null for AWS itself; the URL of MinIO, Ceph, R2, … otherwise. */
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';
const DEV_ADMIN_EMAIL = 'admin@sinergi.local';
const DEV_ADMIN_PASSWORD = 'Sinergi-Admin-2026!';

export const DEVELOPMENT_DEFAULTS = {
  platformAdminEmail: DEV_ADMIN_EMAIL,
  platformAdminPassword: DEV_ADMIN_PASSWORD,
} as const;

function text(env: Env, name: string, fallback?: string): string {
  const value = env[name]?.trim();
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new ConfigError(name, 'is required but not set');
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function url(env: Env, name: string, protocols: string[], fallback?: string): string {
  const value = text(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function identifier(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!/^[a-zA-Z0-9_-]{1,40}$/.test(value)) throw new ConfigError(name, 'may only hold letters, digits, - and _');
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** Local data (embedded PostgreSQL, Redis files, uploads) lives under .data/ of the working directory, as with `npm start`. */
function dataDir(env: Env): string {
  return resolve(env['SINERGI_DATA_DIR']?.trim() || join(process.cwd(), '.data'));
}

function storageS3(env: Env): StorageS3Config {
  const bucket = text(env, 'STORAGE_S3_BUCKET');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError('STORAGE_S3_BUCKET', 'is not a valid bucket name (3-63 lower-case letters, digits, . and -)');
  }
  return {
    endpoint: env['STORAGE_S3_ENDPOINT']?.trim() ? url(env, 'STORAGE_S3_ENDPOINT', ['http:', 'https:']) : null,
    region: text(env, 'STORAGE_S3_REGION', 'us-east-1'),
    bucket,
    accessKeyId: text(env, 'STORAGE_S3_ACCESS_KEY_ID'),
    secretAccessKey: text(env, 'STORAGE_S3_SECRET_ACCESS_KEY'),
    forcePathStyle: flag(env, 'STORAGE_S3_FORCE_PATH_STYLE', false),
  };
}

function email(env: Env, name: string, fallback?: string): string {
  const value = text(env, name, fallback);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new ConfigError(name, 'is not an e-mail address');
  return value.toLowerCase();
}

export function loadConfig(env: Env = process.env): AppConfig {
  const mode = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const production = mode === 'production';
  // Production refuses the development defaults: a secret or an admin password must be chosen.
  const devFallback = <T>(value: T): T | undefined => (production ? undefined : value);

  const port = integer(env, 'PORT', 3000, 0, 65535);
  const storageDriver = oneOf(env, 'STORAGE_DRIVER', ['local', 's3'] as const, 'local');
  const jwtSecret = text(env, 'JWT_SECRET', devFallback(DEV_JWT_SECRET));
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  const platformAdminPassword = text(
    env,
    'PLATFORM_ADMIN_PASSWORD',
    devFallback(DEV_ADMIN_PASSWORD),
  );
  if (platformAdminPassword.length < 12) {
    throw new ConfigError('PLATFORM_ADMIN_PASSWORD', 'must be at least 12 characters');
  }
  const linkCheckAllowPrivate = flag(env, 'LINK_CHECK_ALLOW_PRIVATE', false);
  if (production && linkCheckAllowPrivate) throw new ConfigError('LINK_CHECK_ALLOW_PRIVATE', 'must not be true in production (the link checker would reach private networks)');
  return {
    env: mode,
    port,
    host: text(env, 'HOST', '0.0.0.0'),
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    databaseConnectionMaxLifetimeSeconds: integer(env, 'DATABASE_CONNECTION_MAX_LIFETIME', 300, 0, 86400),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    redisPrefix: identifier(env, 'REDIS_PREFIX', 'sinergi'),
    jwtSecret,
    jwtAccessTtlSeconds: integer(env, 'JWT_ACCESS_TTL', 900, 30, 86400),
    jwtAudience: text(env, 'JWT_AUDIENCE', 'sinergi-api'),
    refreshTokenTtlSeconds: integer(env, 'REFRESH_TOKEN_TTL', 14 * 86400, 300, 365 * 86400),
    sessionMaxAgeSeconds: integer(env, 'SESSION_MAX_AGE', 30 * 86400, 600, 365 * 86400),
    jwtIssuer: text(env, 'JWT_ISSUER', 'sinergi'),
    platformAdminEmail: email(env, 'PLATFORM_ADMIN_EMAIL', devFallback(DEV_ADMIN_EMAIL)),
    platformAdminPassword,
    tenantCacheTtlSeconds: integer(env, 'TENANT_CACHE_TTL', 60, 0, 3600),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockSeconds: integer(env, 'LOGIN_LOCK_SECONDS', 900, 1, 86400),
    loginRatePerIp: integer(env, 'LOGIN_RATE_PER_IP', 30, 1, 100000),
    loginRatePerAccount: integer(env, 'LOGIN_RATE_PER_ACCOUNT', 10, 1, 100000),
    // OWASP's first argon2id setting (46 MiB, one pass): about 85 ms a login on our 2-core machines.
    argon2MemoryKib: integer(env, 'ARGON2_MEMORY_KIB', 47104, 1024, 1048576),
    argon2TimeCost: integer(env, 'ARGON2_TIME_COST', 1, 1, 20),
    webDistDir: env['WEB_DIST_DIR']?.trim() || null,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:'], devFallback('smtp://127.0.0.1:1025')),
    mailFrom: text(env, 'MAIL_FROM', 'Sinergi <no-reply@sinergi.local>'),
    mailAttempts: integer(env, 'MAIL_ATTEMPTS', 6, 1, 50),
    mailRetryDelayMs: integer(env, 'MAIL_RETRY_DELAY_MS', 5000, 10, 3_600_000),
    outboxTenantInflightCap: integer(env, 'OUTBOX_TENANT_INFLIGHT_CAP', 5, 1, 1000),
    outboxPollMs: integer(env, 'OUTBOX_POLL_MS', 1000, 20, 60_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
    storageDriver,
    storageDir: resolve(text(env, 'STORAGE_DIR', join(dataDir(env), 'files'))),
    storageS3: storageDriver === 's3' ? storageS3(env) : null,
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    imageMaxPixels: integer(env, 'IMAGE_MAX_PIXELS', 40_000_000, 1, 1_000_000_000),
    linkCheckAllowPrivate,
  };
}

/** For entry points: load or exit with the one-line message (no stack trace). */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
