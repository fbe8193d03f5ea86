import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import { AUDIT_ENTITIES, AuditModule } from '@sinergi/server/audit';
import { DOCUMENTS_ENTITIES } from '@sinergi/server/documents';
import { PARTNERSHIP_PLATFORM_ENTITIES, PARTNERSHIP_TENANT_ENTITIES, PartnershipModule } from '@sinergi/server/partnership';
import { DossierExpiryReminderJobs, MEDIA_ENTITIES, MediaModule } from '@sinergi/server/media';
import { IDENTITY_ENTITIES } from '@sinergi/server/identity';
import { BUDGET_ENTITIES, BudgetModule } from '@sinergi/server/budget';
import { ApprovalReminderJobs, WORKFLOW_ENTITIES, WorkflowModule } from '@sinergi/server/workflow';
import { PUBLICATION_ENTITIES, PublicationJobs, PublicationModule } from '@sinergi/server/publication';
import { BILLING_ENTITIES, BillingModule } from '@sinergi/server/billing';
import { REPORTING_ENTITIES, ReportingModule } from '@sinergi/server/reporting';
import {
  MailProcessor,
  MailSender,
  NOTIFICATION_ENTITIES,
  NotificationModule,
  OutboxRelay,
} from '@sinergi/server/notification';
import {
  FleetMigrationProcessor,
  TENANCY_PLATFORM_ENTITIES,
  TENANCY_TENANT_ENTITIES,
  TenancyModule,
} from '@sinergi/server/tenancy';

export const WORKER_ENTITIES = [
  ...AUDIT_ENTITIES,
  ...MEDIA_ENTITIES, ...PARTNERSHIP_PLATFORM_ENTITIES, ...PARTNERSHIP_TENANT_ENTITIES, ...DOCUMENTS_ENTITIES,
  ...BUDGET_ENTITIES, ...WORKFLOW_ENTITIES, ...PUBLICATION_ENTITIES, ...BILLING_ENTITIES, ...REPORTING_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...TENANCY_PLATFORM_ENTITIES,
  ...TENANCY_TENANT_ENTITIES,
];

/** The worker's wiring: the same modules as the API, no HTTP, plus the outbox relay and the queue processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(WORKER_ENTITIES, 'sinergi-worker'),
        RedisModule,
        QueueModule,
        AuditModule,
        TenancyModule,
        NotificationModule,
        MediaModule,
        PartnershipModule,
        BudgetModule,
        WorkflowModule,
        PublicationModule,
        BillingModule,
        ReportingModule,
      ],
      providers: [FleetMigrationProcessor, OutboxRelay, MailSender, MailProcessor, DossierExpiryReminderJobs, PublicationJobs, ApprovalReminderJobs],
    };
  }
}
