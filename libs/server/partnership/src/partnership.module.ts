import { Global, Module } from '@nestjs/common';
import { DocumentsModule } from '@sinergi/server/documents';
import { MEDIA_PARTNERSHIP_SOURCE, MediaModule } from '@sinergi/server/media';
import { StorageModule } from '@sinergi/server/storage';
import { TENANT_CONFIGURATION_SEEDER, TenancyModule } from '@sinergi/server/tenancy';
import { AgreementService } from './agreements/agreement.service';
import { ApplicationService } from './applications/application.service';
import { PartnershipConfigurationService } from './configuration/partnership-configuration.service';
import { ConfigurationPackService } from './packs/configuration-pack.service';
import { PartnershipSeeder } from './packs/partnership-seeder.service';
import {
  AgreementsController,
  ApplicationsController,
  ConfigurationPacksController,
  MediaPartnershipController,
  PackAdoptionsController,
  PartnershipConfigurationController,
} from './partnership.controllers';
import { CompanyTenants } from './company-tenants.service';
import { PartnershipSourceService } from './partnership-source.service';
import { PublicPartnershipController } from './public/public-partnership.controller';

/**
 * The partnership cycle (configuration per fiscal year, applications, verification, tiers,
 * announcements, objections, agreements, blocks) and studi tiru packs. Global only so that the
 * media module (which this one depends on) can list a company's partnerships and the provisioner
 * can seed a new tenant's configuration, through the tokens they declare.
 */
@Global()
@Module({
  imports: [MediaModule, TenancyModule, DocumentsModule, StorageModule],
  controllers: [
    PartnershipConfigurationController,
    ApplicationsController,
    AgreementsController,
    ConfigurationPacksController,
    PackAdoptionsController,
    MediaPartnershipController,
    PublicPartnershipController,
  ],
  providers: [
    PartnershipConfigurationService,
    ApplicationService,
    AgreementService,
    ConfigurationPackService,
    CompanyTenants,
    PartnershipSourceService,
    PartnershipSeeder,
    { provide: MEDIA_PARTNERSHIP_SOURCE, useExisting: PartnershipSourceService },
    { provide: TENANT_CONFIGURATION_SEEDER, useExisting: PartnershipSeeder },
  ],
  exports: [PartnershipConfigurationService, ApplicationService, AgreementService, CompanyTenants, MEDIA_PARTNERSHIP_SOURCE, TENANT_CONFIGURATION_SEEDER],
})
export class PartnershipModule {}
