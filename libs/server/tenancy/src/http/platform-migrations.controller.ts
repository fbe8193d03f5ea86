import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@sinergi/server/core';
import { PlatformAdminOnly } from '@sinergi/server/core';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FleetMigrationRunEntity } from '../entities/fleet-migration-run.entity';
import { FleetMigrationScheduler } from '../migrations/fleet-migration.jobs';
import { SchemaMigrator } from '../migrations/schema-migrator.service';

export class StartFleetMigrationDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 16, default: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(16)
  concurrency?: number;
}

@ApiTags('platform')
@PlatformAdminOnly()
@Controller('platform/migrations')
export class PlatformMigrationsController {
  constructor(
    private readonly migrator: SchemaMigrator,
    private readonly scheduler: FleetMigrationScheduler,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'The latest fleet migration runs with their per-tenant failures' })
  runs(): Promise<FleetMigrationRunEntity[]> {
    return this.migrator.latestRuns();
  }

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The worker migrates every tenant; follow it in GET /api/platform/migrations' })
  start(@CurrentCaller() caller: Caller, @Body() body: StartFleetMigrationDto): Promise<{ jobId: string }> {
    return this.scheduler.request({ concurrency: body.concurrency ?? 4, requestedBy: caller.email });
  }
}
