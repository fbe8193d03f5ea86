import { FleetMigrationRunEntity } from './fleet-migration-run.entity';
import { RegionEntity } from './region.entity';
import { TenantProfileEntity } from './tenant-profile.entity';
import { TenantEntity } from './tenant.entity';

export { FleetMigrationRunEntity, RegionEntity, TenantEntity, TenantProfileEntity };
export const TENANCY_PLATFORM_ENTITIES = [TenantEntity, RegionEntity, FleetMigrationRunEntity];
export const TENANCY_TENANT_ENTITIES = [TenantProfileEntity];
