import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@sinergi/server/core';
import { ensurePlatformAdmin, seedDemoPartnerships, seedDemoPublication, seedDemoTenants } from '@sinergi/server/demo';
import { SchemaMigrator } from '@sinergi/server/tenancy';

export async function seedDemoCommand(context: INestApplicationContext, config: AppConfig): Promise<number> {
  await context.get(SchemaMigrator).migratePlatform();
  const admin = await ensurePlatformAdmin(context, config.platformAdminEmail, config.platformAdminPassword);
  console.log(`platform admin ${config.platformAdminEmail}: ${admin.created ? 'created' : 'exists'}`);
  const { created, logins } = await seedDemoTenants(context);
  console.log(`demo tenants: ${created.length ? `created ${created.join(', ')}` : 'all present'}`);
  for (const login of logins) console.log(`  ${login.tenant.padEnd(28)} ${login.email}  ${login.password}`);
  const media = await seedDemoPartnerships(context);
  console.log(`  ${'press company'.padEnd(28)} ${media.email}  ${media.password}`);
  for (const official of await seedDemoPublication(context)) console.log(`  ${official.tenant.padEnd(28)} ${official.email}  ${official.password}  (${official.position})`);
  return 0;
}
