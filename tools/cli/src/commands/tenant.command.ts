import { INestApplicationContext } from '@nestjs/common';
import { TENANT_STATUSES, TenantStatus } from '@sinergi/contracts';
import { AppException, CLI_ACTOR } from '@sinergi/server/core';
import { BulkOnboardingSummary, parseOnboardingFile, SchemaMigrator, TenantProvisioner, TenantRegistry } from '@sinergi/server/tenancy';
import { readFileSync } from 'node:fs';
import { describeError } from '../describe-error';
import { ProgressReporter } from '../progress-reporter';

export type TenantCreateArgs = {
  regionCode: string;
  adminEmail: string;
  adminName: string;
  slug?: string;
  fromTenant?: string;
};

export async function tenantCreateCommand(context: INestApplicationContext, args: TenantCreateArgs): Promise<number> {
  await context.get(SchemaMigrator).migratePlatform();
  const tenant = await context.get(TenantProvisioner).provision({
    regionCode: args.regionCode,
    slug: args.slug,
    adminEmail: args.adminEmail,
    adminName: args.adminName,
    template: args.fromTenant ? { fromTenant: args.fromTenant } : undefined,
  });
  console.log(`created ${tenant.slug} (${tenant.name}, ${tenant.regionCode}), schema version ${tenant.schemaVersion}`);
  if (tenant.adminInvitation) {
    console.log(`invitation e-mailed to ${tenant.adminInvitation.email} (valid until ${tenant.adminInvitation.expiresAt})`);
  } else {
    console.log(`${args.adminEmail} already has an account and is now admin of ${tenant.slug}`);
  }
  return 0;
}

/**
 * Onboards every region of an onboarding file (region_code,admin_email,admin_name[,slug]),
 * `concurrency` at a time, with progress and a summary; regions already onboarded are skipped, so
 * a run that was interrupted or partly failed is simply run again. Exits non-zero if any failed.
 */
export async function tenantCreateManyCommand(context: INestApplicationContext, file: string, concurrency: number): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppException('VALIDATION_FAILED', { en: `Cannot read ${file}.`, id: `Berkas ${file} tidak dapat dibaca.` }, [
      { field: 'file', message: (error as Error).message },
    ]);
  }
  const { rows, problems } = parseOnboardingFile(text);
  if (problems.length) {
    for (const problem of problems) console.error(`${file}:${problem.line}: ${problem.message}`);
    console.error(`nothing onboarded: fix the ${problems.length} problem(s) above and run again`);
    return 1;
  }
  await context.get(SchemaMigrator).migratePlatform();
  const progress = new ProgressReporter('onboarding');
  progress.start(rows.length);
  const summary = await context.get(TenantProvisioner).provisionMany(
    rows.map((row) => ({ regionCode: row.regionCode, adminEmail: row.adminEmail, adminName: row.adminName, slug: row.slug })),
    {
      concurrency,
      actor: CLI_ACTOR(),
      onProgress: (done, outcome) => progress.tick(done, outcome.status === 'failed' ? `${outcome.regionCode} FAILED: ${describeError(outcome.error)}` : undefined),
    },
  );
  progress.finish();
  printOnboardingSummary(summary);
  return summary.failed ? 1 : 0;
}

function printOnboardingSummary(summary: BulkOnboardingSummary): void {
  console.log('\nregion  tenant                                   status     ms');
  for (const o of summary.outcomes) {
    const note = o.status === 'created' ? (o.invitationTo ? `invitation e-mailed to ${o.invitationTo}` : 'admin already had an account') : describeError(o.error);
    console.log(`${o.regionCode.padEnd(7)} ${(o.slug ?? '-').padEnd(40)} ${o.status.padEnd(10)} ${String(o.ms).padStart(5)}  ${note}`);
  }
  console.log(
    `\nregions: ${summary.total} in the file, ${summary.created} onboarded, ${summary.exists} already onboarded, ${summary.failed} failed (${(summary.ms / 1000).toFixed(1)} s)`,
  );
}

export async function tenantListCommand(context: INestApplicationContext, status?: string): Promise<number> {
  const registry = context.get(TenantRegistry);
  const filter = status ? parseStatus(status) : undefined;
  let page = 1;
  for (;;) {
    const result = await registry.list({ status: filter, page, pageSize: 200 });
    for (const t of result.items) {
      console.log(`${t.regionCode.padEnd(6)} ${t.slug.padEnd(36)} ${t.status.padEnd(10)} v${t.schemaVersion}  ${t.name}`);
    }
    if (page * result.pageSize >= result.total) {
      console.log(`${result.total} tenant(s)`);
      return 0;
    }
    page++;
  }
}

export async function tenantStatusCommand(context: INestApplicationContext, slug: string, status: TenantStatus): Promise<number> {
  const tenant = await context.get(TenantRegistry).setStatus(slug, status, CLI_ACTOR());
  console.log(`${tenant.slug} is now ${tenant.status}`);
  return 0;
}

function parseStatus(value: string): TenantStatus {
  if (!(TENANT_STATUSES as readonly string[]).includes(value)) {
    throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'status', message: `one of ${TENANT_STATUSES.join(', ')}` }]);
  }
  return value as TenantStatus;
}
