import { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@sinergi/server/core';
import { UserService } from '@sinergi/server/identity';
import { FleetMigrationSummary, SchemaMigrator } from '@sinergi/server/tenancy';
import { ProgressReporter } from '../progress-reporter';

export type MigrateOptions = { concurrency: number; platformOnly: boolean };

/** Platform first, then every tenant; exits non-zero when any tenant failed. */
export async function migrateCommand(context: INestApplicationContext, options: MigrateOptions): Promise<number> {
  const migrator = context.get(SchemaMigrator);
  const platform = await migrator.migratePlatform();
  console.log(
    `platform: ${platform.applied.length ? `migrated ${platform.from} → ${platform.to}` : `up to date (version ${platform.to})`}`,
  );
  // First start of a deployment: the platform admin from PLATFORM_ADMIN_EMAIL / _PASSWORD.
  const config = context.get<AppConfig>(APP_CONFIG);
  const admin = await context.get(UserService).ensurePlatformAdmin(config.platformAdminEmail, config.platformAdminPassword);
  if (admin.created) console.log(`platform admin ${config.platformAdminEmail} created`);
  if (options.platformOnly) return 0;
  const progress = new ProgressReporter('tenants');
  const summary = await migrator.migrateFleet({
    concurrency: options.concurrency,
    onStart: (total, pending) => progress.start(total, total - pending),
    onProgress: ({ done, result }) => progress.tick(done, result.status === 'failed' ? `${result.slug} FAILED: ${result.error}` : undefined),
  });
  progress.finish();
  printSummary(summary);
  return summary.failed ? 1 : 0;
}

function printSummary(summary: FleetMigrationSummary): void {
  const changed = summary.results.filter((r) => r.status !== 'up-to-date');
  if (changed.length) {
    console.log('\ntenant                                   from → to   status     ms');
    for (const r of changed) {
      console.log(
        `${r.slug.padEnd(40)} ${String(r.from).padStart(4)} → ${String(r.to).padEnd(4)} ${r.status.padEnd(10)} ${String(r.ms).padStart(5)}${r.error ? `  ${r.error}` : ''}`,
      );
    }
  }
  console.log(
    `\ntenants: ${summary.total} total, ${summary.migrated} migrated, ${summary.upToDate} up to date, ${summary.failed} failed ` +
      `(target version ${summary.targetVersion}, ${(summary.ms / 1000).toFixed(1)} s, run ${summary.runId})`,
  );
}
