import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { BudgetModule } from '@sinergi/server/budget';
import { QUEUES, queueErrorLogger } from '@sinergi/server/core';
import { DocumentsModule, OrderRenderer } from '@sinergi/server/documents';
import { IdentityModule } from '@sinergi/server/identity';
import { MediaModule } from '@sinergi/server/media';
import { NotificationModule } from '@sinergi/server/notification';
import { StorageModule } from '@sinergi/server/storage';
import { TenancyModule } from '@sinergi/server/tenancy';
import { LinkCheckService } from './link-check/link-check.service';
import { MediaInboxService } from './media/media-inbox.service';
import { OrderNotices } from './orders/order-notices';
import { OrderService } from './orders/order.service';
import { OverdueLocker } from './orders/overdue-locker';
import { ProofService } from './proofs/proof.service';
import { MediaInboxController, MediaOrdersController, OrdersController, PublicationSettingsController } from './publication.controllers';
import { PublicationService } from './publication.service';
import { PublicationSettingsService } from './settings/publication-settings.service';

/**
 * Publication: settings per fiscal year (catalogue, rate card, proof forms), orders (surat pesanan)
 * and their letters, the media inbox across tenants, proofs (bukti tayang) with the link checker,
 * and overdue locking. The worker runs PublicationJobs (exported from the index) on these services.
 */
@Module({
  imports: [
    BudgetModule,
    DocumentsModule,
    StorageModule,
    MediaModule,
    IdentityModule,
    TenancyModule,
    NotificationModule,
    BullModule.registerQueue({ name: QUEUES.publication }),
  ],
  controllers: [PublicationSettingsController, OrdersController, MediaOrdersController, MediaInboxController],
  providers: [
    OrderRenderer,
    PublicationSettingsService,
    OrderNotices,
    OrderService,
    OverdueLocker,
    ProofService,
    LinkCheckService,
    MediaInboxService,
    PublicationService,
    queueErrorLogger(QUEUES.publication),
  ],
  exports: [PublicationService, PublicationSettingsService, OrderService, OverdueLocker, LinkCheckService, BullModule],
})
export class PublicationModule {}
