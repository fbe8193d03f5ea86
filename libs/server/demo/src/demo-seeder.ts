import { INestApplicationContext } from '@nestjs/common';
import { TenantDatabase } from '@sinergi/server/core';
import { UserService } from '@sinergi/server/identity';
import { TenantProvisioner, TenantRegistry } from '@sinergi/server/tenancy';
import { DEMO_PASSWORD, DEMO_TENANTS, DemoTenant, demoAdminEmail } from './demo-tenants';

export type DemoLogin = { tenant: string; name: string; email: string; password: string };

/** Idempotent: a second start finds the tenants and changes nothing. */
export async function seedDemoTenants(
  context: INestApplicationContext,
  tenants: DemoTenant[] = DEMO_TENANTS,
): Promise<{ created: string[]; logins: DemoLogin[] }> {
  const registry = context.get(TenantRegistry);
  const provisioner = context.get(TenantProvisioner);
  const created: string[] = [];
  for (const demo of tenants) {
    if (!(await registry.resolve(demo.slug))) {
      await provisioner.provision(
        { regionCode: demo.regionCode, slug: demo.slug, adminEmail: demoAdminEmail(demo.slug), adminName: demo.adminName },
        { adminPassword: DEMO_PASSWORD },
      );
      await describeTenant(context, demo);
      created.push(demo.slug);
    }
  }
  const logins = tenants.map((demo) => ({
    tenant: demo.slug,
    name: demo.adminName,
    email: demoAdminEmail(demo.slug),
    password: DEMO_PASSWORD,
  }));
  return { created, logins };
}

async function describeTenant(context: INestApplicationContext, demo: DemoTenant): Promise<void> {
  const tenant = await context.get(TenantRegistry).resolve(demo.slug);
  if (!tenant) return;
  await context.get(TenantDatabase).run(tenant.handle, async ({ queryRunner }) => {
    const published = demo.publicPage ?? false;
    await queryRunner.query('update tenant_profile set owning_unit = $1, legal_basis = $2, public_page = $3, public_spending = $3', [demo.owningUnit, demo.legalBasis, published]);
  });
}

export async function ensurePlatformAdmin(context: INestApplicationContext, email: string, password: string) {
  return context.get(UserService).ensurePlatformAdmin(email, password);
}
