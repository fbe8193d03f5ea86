import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import { AuditModule } from '@sinergi/server/audit';
import { SERVER_ENTITIES } from '@sinergi/server/entities';
import { PartnershipModule } from '@sinergi/server/partnership';
import { DossierExpiryReminderJobs, MediaModule } from '@sinergi/server/media';
import { BudgetModule } from '@sinergi/server/budget';
import { ApprovalReminderJobs, WorkflowModule } from '@sinergi/server/workflow';
import { PublicationJobs, PublicationModule } from '@sinergi/server/publication';
import { BillingModule } from '@sinergi/server/billing';
import { ReportingModule } from '@sinergi/server/reporting';
import {
  MailProcessor,
  MailSender,
  NotificationModule,
  OutboxRelay,
} from '@sinergi/server/notification';
import {
  FleetMigrationProcessor,
  TenancyModule,
} from '@sinergi/server/tenancy';

/** The worker's wiring: the same modules as the API, no HTTP, plus the outbox relay and the queue processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(SERVER_ENTITIES, 'sinergi-worker'),
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
