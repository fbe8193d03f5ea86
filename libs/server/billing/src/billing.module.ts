import { Module } from '@nestjs/common';
import { BudgetModule } from '@sinergi/server/budget';
import { BillingDocumentsRenderer, DocumentsModule } from '@sinergi/server/documents';
import { MediaModule } from '@sinergi/server/media';
import { NotificationModule } from '@sinergi/server/notification';
import { PublicationModule } from '@sinergi/server/publication';
import { StorageModule } from '@sinergi/server/storage';
import { TenancyModule } from '@sinergi/server/tenancy';
import { WorkflowModule } from '@sinergi/server/workflow';
import { ClaimsController, MediaClaimsController, PaymentsController, TaxSettingsController } from './billing.controllers';
import { ClaimDocumentsService } from './claims/claim-documents.service';
import { ClaimNotices } from './claims/claim-notices';
import { ClaimService } from './claims/claim.service';
import { MediaClaimsService } from './claims/media-claims.service';
import { MediaCompanyClaimsController } from './claims/media-company-claims.controller';
import { PaymentService } from './payments/payment.service';
import { TaxSettingsService } from './taxes/tax-settings.service';

/**
 * Taxes, claims (tagihan) through the 'claim' approval chain, payments (SP2D) with budget
 * realisation, and the claim's documents (BA serah terima, kwitansi, BA pembayaran).
 */
@Module({
  imports: [BudgetModule, WorkflowModule, PublicationModule, MediaModule, DocumentsModule, StorageModule, NotificationModule, TenancyModule],
  controllers: [TaxSettingsController, ClaimsController, PaymentsController, MediaClaimsController, MediaCompanyClaimsController],
  providers: [TaxSettingsService, ClaimService, MediaClaimsService, PaymentService, ClaimDocumentsService, ClaimNotices, BillingDocumentsRenderer],
  exports: [TaxSettingsService, ClaimService],
})
export class BillingModule {}
