import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AppException } from '@sinergi/server/core';
import { createHash } from 'node:crypto';
import { checkContent } from './content/check-content';
import { sanitizeOriginalName } from './content/original-name';
import { STORAGE_DRIVER, StorageDriver } from './drivers/storage-driver';
import { isContentHash, OpenedFile, StoredFile } from './stored-file.type';

/**
 * The one way features store and read files. Content is checked by its bytes before anything is
 * written, then stored once under its sha256 (the same document uploaded twice is stored once).
 * Who may read a file is the caller's decision: this service answers anyone who knows the hash.
 */
@Injectable()
export class FileStorage implements OnModuleDestroy {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STORAGE_DRIVER) private readonly driver: StorageDriver,
  ) {}

  /** Refuses with 413 FILE_TOO_LARGE or 415 UNSUPPORTED_FILE_TYPE, storing nothing. */
  async store(content: Buffer, originalName: string): Promise<StoredFile> {
    const contentType = await checkContent(content, {
      maxBytes: this.config.uploadMaxBytes,
      maxPixels: this.config.imageMaxPixels,
    });
    const hash = createHash('sha256').update(content).digest('hex');
    await this.driver.put(hash, content, contentType);
    return { hash, size: content.length, contentType, originalName: sanitizeOriginalName(originalName) };
  }

  /** 404 FILE_NOT_FOUND for an unknown or malformed hash. The caller must consume or destroy the stream. */
  async open(hash: string): Promise<OpenedFile> {
    const opened = isContentHash(hash) ? await this.driver.open(hash) : null;
    if (!opened) throw new AppException('FILE_NOT_FOUND');
    return opened;
  }

  async exists(hash: string): Promise<boolean> {
    return isContentHash(hash) && this.driver.exists(hash);
  }

  async onModuleDestroy(): Promise<void> {
    await this.driver.close();
  }
}
