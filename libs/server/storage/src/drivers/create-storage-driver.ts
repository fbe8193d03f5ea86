import { AppConfig } from '@sinergi/server/core';
import { LocalDiskDriver } from './local-disk.driver';
import { S3Driver } from './s3.driver';
import { StorageDriver } from './storage-driver';

export function createStorageDriver(config: AppConfig): StorageDriver {
  if (config.storageDriver === 's3') {
    if (!config.storageS3) throw new Error('STORAGE_DRIVER is s3 but the S3 settings are missing');
    return new S3Driver(config.storageS3);
  }
  return new LocalDiskDriver(config.storageDir);
}
