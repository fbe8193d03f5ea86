import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { TenantDatabase } from '../tenant-context/tenant-database.service';
import { dataSourceOptions } from './data-source-options';

/** The one DataSource (one pool) of the process, for platform and every tenant alike. */
@Global()
@Module({})
export class DatabaseModule {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  static forRoot(entities: MixedList<Function>, applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config, entities, applicationName),
        }),
      ],
      providers: [TenantDatabase],
      exports: [TenantDatabase, TypeOrmModule],
    };
  }
}
