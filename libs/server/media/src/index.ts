export { MediaModule } from './media.module';
export { MediaRegistrationService } from './media-registration.service';
export { DossierService, MEDIA_PARTNERSHIP_SOURCE } from './dossier/dossier.service';
export { DossierExpiryReminders, EXPIRY_REMINDER_DAYS } from './dossier/expiry-reminders.service';
export { DossierExpiryReminderJobs } from './dossier/expiry-reminders.jobs';
export type { DossierSnapshot, MediaPartnershipSource } from './dossier/dossier.service';
import { CompanyTenantLinkEntity, DossierDocumentEntity, DossierDocumentVersionEntity, DossierExpiryReminderEntity } from './entities/dossier-document.entity';
import { MediaCompanyEntity } from './entities/media-company.entity';
import { MediaOutletEntity } from './entities/media-outlet.entity';
import { MediaPersonEntity } from './entities/media-person.entity';
export { MediaCompanyEntity };
export const MEDIA_ENTITIES = [
  MediaCompanyEntity,
  MediaPersonEntity,
  MediaOutletEntity,
  DossierDocumentEntity,
  DossierDocumentVersionEntity,
  DossierExpiryReminderEntity,
  CompanyTenantLinkEntity,
];
