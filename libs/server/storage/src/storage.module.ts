import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@sinergi/server/core';
import { createStorageDriver } from './drivers/create-storage-driver';
import { STORAGE_DRIVER } from './drivers/storage-driver';
import { FileStorage } from './file-storage.service';

/**
 * File storage for every feature: import it where files are stored or served. Nest keeps one
 * instance however many modules import it. Needs ConfigModule (global).
 */
@Module({
  providers: [
    { provide: STORAGE_DRIVER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createStorageDriver(config) },
    FileStorage,
  ],
  exports: [FileStorage],
})
export class StorageModule {}
