import { Module } from '@nestjs/common';
import { BillingModule } from '@sinergi/server/billing';
import { BudgetModule } from '@sinergi/server/budget';
import { IdentityModule } from '@sinergi/server/identity';
import { PublicationModule } from '@sinergi/server/publication';
import { WorkflowModule } from '@sinergi/server/workflow';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';

/** The staff dashboard and the Excel registers: read-only views over budget, publication, workflow and billing. */
@Module({
  imports: [IdentityModule, BudgetModule, PublicationModule, WorkflowModule, BillingModule],
  controllers: [ReportingController],
  providers: [ReportingService],
  exports: [ReportingService],
})
export class ReportingModule {}
