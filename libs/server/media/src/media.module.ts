import { Module } from '@nestjs/common';
import { IdentityModule } from '@sinergi/server/identity';
import { NotificationModule } from '@sinergi/server/notification';
import { StorageModule } from '@sinergi/server/storage';
import { CompanyMemberGuard } from './company-member.guard';
import { CompanyMembersService } from './company-members.service';
import { DossierController } from './dossier/dossier.controller';
import { DossierService } from './dossier/dossier.service';
import { DossierExpiryReminders } from './dossier/expiry-reminders.service';
import { MediaController } from './media.controller';
import { MediaRegistrationService } from './media-registration.service';

/** Press companies, their people, outlets and dossier documents (global: one dossier for every tenant). */
@Module({
  imports: [IdentityModule, StorageModule, NotificationModule],
  controllers: [MediaController, DossierController],
  providers: [MediaRegistrationService, CompanyMembersService, CompanyMemberGuard, DossierService, DossierExpiryReminders],
  exports: [MediaRegistrationService, DossierService, DossierExpiryReminders],
})
export class MediaModule {}
