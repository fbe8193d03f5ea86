import { INestApplicationContext } from '@nestjs/common';
import { TENANT_STATUSES, TenantStatus } from '@sinergi/contracts';
import { AppException, CLI_ACTOR } from '@sinergi/server/core';
import { SchemaMigrator, TenantProvisioner, TenantRegistry } from '@sinergi/server/tenancy';

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
