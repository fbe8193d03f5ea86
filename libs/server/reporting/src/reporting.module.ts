import { Module } from '@nestjs/common';
import { BillingModule } from '@sinergi/server/billing';
import { BudgetModule } from '@sinergi/server/budget';
import { IdentityModule } from '@sinergi/server/identity';
import { PartnershipModule } from '@sinergi/server/partnership';
import { PublicationModule } from '@sinergi/server/publication';
import { WorkflowModule } from '@sinergi/server/workflow';
import { DocumentsRegisterController } from './documents/documents-register.controller';
import { DocumentsRegisterService } from './documents/documents-register.service';
import { PublicPageController } from './public/public-page.controller';
import { PublicPageService } from './public/public-page.service';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';

/** The staff dashboard, the Excel registers, the register of issued documents and the public page: read-only views over budget, partnership, publication, workflow and billing. */
@Module({
  imports: [IdentityModule, BudgetModule, PartnershipModule, PublicationModule, WorkflowModule, BillingModule],
  controllers: [ReportingController, PublicPageController, DocumentsRegisterController],
  providers: [ReportingService, PublicPageService, DocumentsRegisterService],
  exports: [ReportingService],
})
export class ReportingModule {}
