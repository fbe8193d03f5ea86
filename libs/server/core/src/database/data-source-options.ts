import type { DataSourceOptions, MixedList } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { pgWithTenantAffinity } from './tenant-affine-pool';

/**
 * The single pool of the whole process. Its default search_path reaches no schema of ours,
 * so any unqualified query run outside a tenant transaction fails instead of guessing a tenant.
 */
export const NO_TENANT_SEARCH_PATH = 'pg_catalog';

export function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize' | 'databaseConnectionMaxLifetimeSeconds'>,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string>,
  applicationName = 'sinergi',
): DataSourceOptions {
  return {
    type: 'postgres',
    driver: pgWithTenantAffinity,
    url: config.databaseUrl,
    entities,
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    applicationName,
    poolSize: config.databasePoolSize,
    extra: {
      max: config.databasePoolSize,
      maxLifetimeSeconds: config.databaseConnectionMaxLifetimeSeconds,
      options: `-c search_path=${NO_TENANT_SEARCH_PATH}`,
      connectionTimeoutMillis: 10_000,
    },
  };
}
