import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import { AuditModule } from '@sinergi/server/audit';
import { SERVER_ENTITIES } from '@sinergi/server/entities';
import { PartnershipModule } from '@sinergi/server/partnership';
import { BudgetModule } from '@sinergi/server/budget';
import { WorkflowModule } from '@sinergi/server/workflow';
import { PublicationModule } from '@sinergi/server/publication';
import { BillingModule } from '@sinergi/server/billing';
import { TenancyModule } from '@sinergi/server/tenancy';

/** The backend modules without HTTP: what the CLI, the seeder and the benchmarks drive. */
export async function createPlatformContext(config: AppConfig, applicationName = 'sinergi-cli'): Promise<INestApplicationContext> {
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(SERVER_ENTITIES, applicationName),
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
