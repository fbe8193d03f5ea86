import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import { IDENTITY_ENTITIES } from '@sinergi/server/identity';
import {
  FleetMigrationProcessor,
  TENANCY_PLATFORM_ENTITIES,
  TENANCY_TENANT_ENTITIES,
  TenancyModule,
} from '@sinergi/server/tenancy';

/** The worker's wiring: the same modules as the API, no HTTP, and the queue processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(
          [...IDENTITY_ENTITIES, ...TENANCY_PLATFORM_ENTITIES, ...TENANCY_TENANT_ENTITIES],
          'sinergi-worker',
        ),
        RedisModule,
        QueueModule,
        TenancyModule,
      ],
      providers: [FleetMigrationProcessor],
    };
  }
}
