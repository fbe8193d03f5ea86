import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import { IDENTITY_ENTITIES } from '@sinergi/server/identity';
import { NOTIFICATION_ENTITIES } from '@sinergi/server/notification';
import { AUDIT_ENTITIES, AuditModule } from '@sinergi/server/audit';
import { DOCUMENTS_ENTITIES } from '@sinergi/server/documents';
import { PARTNERSHIP_PLATFORM_ENTITIES, PARTNERSHIP_TENANT_ENTITIES, PartnershipModule } from '@sinergi/server/partnership';
import { MEDIA_ENTITIES } from '@sinergi/server/media';
import { BUDGET_ENTITIES, BudgetModule } from '@sinergi/server/budget';
import { WORKFLOW_ENTITIES, WorkflowModule } from '@sinergi/server/workflow';
import { PUBLICATION_ENTITIES, PublicationModule } from '@sinergi/server/publication';
import { BILLING_ENTITIES, BillingModule } from '@sinergi/server/billing';
import { REPORTING_ENTITIES } from '@sinergi/server/reporting';
import { TENANCY_PLATFORM_ENTITIES, TENANCY_TENANT_ENTITIES, TenancyModule } from '@sinergi/server/tenancy';

/** The backend modules without HTTP: what the CLI, the seeder and the benchmarks drive. */
export async function createPlatformContext(config: AppConfig, applicationName = 'sinergi-cli'): Promise<INestApplicationContext> {
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(
        [...AUDIT_ENTITIES, ...MEDIA_ENTITIES, ...PARTNERSHIP_PLATFORM_ENTITIES, ...PARTNERSHIP_TENANT_ENTITIES, ...DOCUMENTS_ENTITIES, ...BUDGET_ENTITIES, ...WORKFLOW_ENTITIES, ...PUBLICATION_ENTITIES, ...BILLING_ENTITIES, ...REPORTING_ENTITIES, ...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES, ...TENANCY_PLATFORM_ENTITIES, ...TENANCY_TENANT_ENTITIES],
        applicationName,
      ),
      RedisModule,
      QueueModule,
      AuditModule,
      TenancyModule,
      // Onboarding `--from` a tenant seeds its configuration; the demo seeds dossiers and applications.
      PartnershipModule,
      // The demo takes orders through proofs, claims, approvals and payments.
      BudgetModule,
      WorkflowModule,
      PublicationModule,
      BillingModule,
    ],
  })
  class PlatformContextModule {}
  const context = await NestFactory.createApplicationContext(PlatformContextModule, { logger: ['warn', 'error'] });
  context.enableShutdownHooks();
  return context;
}
