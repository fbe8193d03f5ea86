import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@sinergi/server/identity';
import { FleetMigrationRunEntity } from '../entities/fleet-migration-run.entity';
import { SchemaMigrator } from '../migrations/schema-migrator.service';

@ApiTags('platform')
@PlatformAdminOnly()
@Controller('platform/migrations')
export class PlatformMigrationsController {
  constructor(private readonly migrator: SchemaMigrator) {}

  @Get()
  @ApiOkResponse({ description: 'The latest fleet migration runs with their per-tenant failures' })
  runs(): Promise<FleetMigrationRunEntity[]> {
    return this.migrator.latestRuns();
  }
}
