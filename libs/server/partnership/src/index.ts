export { PartnershipModule } from './partnership.module';
export { PartnershipConfigurationService } from './configuration/partnership-configuration.service';
export { ApplicationService } from './applications/application.service';
export { AgreementService } from './agreements/agreement.service';
export { ConfigurationPackService, compareContent, mergeParts } from './packs/configuration-pack.service';
export { buildFacts, evaluateOutlet, insideRegion } from './applications/facts';
export { calendarFor } from './configuration/calendar';
export { PARTNERSHIP_PLATFORM_ENTITIES, PARTNERSHIP_TENANT_ENTITIES } from './entities/partnership.entities';
