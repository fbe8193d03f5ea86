export { PublicationModule } from './publication.module';
export { PublicationService } from './publication.service';
export { PublicationSettingsService } from './settings/publication-settings.service';
export { PublicationJobs } from './publication.jobs';
export { OverdueLocker } from './orders/overdue-locker';
export { LinkCheckService } from './link-check/link-check.service';
export { LinkFetcher } from './link-check/link-fetcher';
export { STARTING_PUBLICATION_SETTINGS } from './settings/starting-settings';
import { PUBLICATION_TENANT_ENTITIES } from './entities/publication.entities';

/** Tenant tables of this module, for the data source's entity list. */
export const PUBLICATION_ENTITIES = PUBLICATION_TENANT_ENTITIES;
