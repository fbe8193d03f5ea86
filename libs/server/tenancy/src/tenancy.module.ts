import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QUEUES, queueErrorLogger } from '@sinergi/server/core';
import { IdentityModule, TENANT_DIRECTORY } from '@sinergi/server/identity';
import { PlatformMigrationsController } from './http/platform-migrations.controller';
import { PlatformQueuesController } from './http/platform-queues.controller';
import { PlatformRegionsController } from './http/platform-regions.controller';
import { PlatformTenantsController } from './http/platform-tenants.controller';
import { TenantAccessGuard } from './http/tenant-access.guard';
import { TenantResolverGuard } from './http/tenant-resolver.guard';
import { TenantRouteTransactions } from './http/tenant-route-transactions';
import { FleetMigrationScheduler } from './migrations/fleet-migration.jobs';
import { SchemaMigrator } from './migrations/schema-migrator.service';
import { TenantProfileController } from './profile/tenant-profile.controller';
import { TenantProfileService } from './profile/tenant-profile.service';
import { TenantProvisioner } from './provisioning/tenant-provisioner.service';
import { RegionCatalogueService } from './regions/region-catalogue.service';
import { TenantRegistry } from './registry/tenant-registry.service';

/**
 * The tenant registry, provisioning, fleet migrations and the tenant guards. Global so that
 * identity can reach the TENANT_DIRECTORY port without importing this module back.
 */
@Global()
@Module({
  // The mail queue too, read-only here: the platform's queues page counts its jobs.
  imports: [DiscoveryModule, IdentityModule, BullModule.registerQueue({ name: QUEUES.platform }, { name: QUEUES.mail })],
  controllers: [PlatformTenantsController, PlatformRegionsController, PlatformMigrationsController, PlatformQueuesController, TenantProfileController],
  providers: [
    TenantRegistry,
    { provide: TENANT_DIRECTORY, useExisting: TenantRegistry },
    RegionCatalogueService,
    TenantProvisioner,
    SchemaMigrator,
    FleetMigrationScheduler,
    TenantProfileService,
    TenantResolverGuard,
    TenantAccessGuard,
    TenantRouteTransactions,
    queueErrorLogger(QUEUES.platform, QUEUES.mail),
  ],
  exports: [
    TENANT_DIRECTORY,
    TenantRegistry,
    RegionCatalogueService,
    TenantProvisioner,
    SchemaMigrator,
    TenantResolverGuard,
    TenantAccessGuard,
    TenantRouteTransactions,
    TenantProfileService,
    IdentityModule,
    // The platform and mail queues, for the worker's other processors (e.g. dossier expiry reminders).
    BullModule,
  ],
})
export class TenancyModule {}
