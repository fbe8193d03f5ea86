import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Logger } from '@nestjs/common';
import { AppException, StorageS3Config } from '@sinergi/server/core';
import { Readable } from 'node:stream';
import { AcceptedContentType, isAcceptedContentType, OpenedFile } from '../stored-file.type';
import { StorageDriver } from './storage-driver';

const isNotFound = (error: unknown): boolean =>
  error instanceof S3ServiceException &&
  (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/**
 * Files in an S3-compatible bucket under `sha256/ab/<hash>`, so any replica can serve any file.
 * PutObject is atomic by itself: an object is visible whole or not at all.
 */
export class S3Driver implements StorageDriver {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly logger = new Logger('FileStorage');

  constructor(private readonly config: StorageS3Config) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Checksums only where S3 requires them: several S3-compatible servers reject the newer
      // default (flexible checksums in trailers).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  keyOf(hash: string): string {
    return `sha256/${hash.slice(0, 2)}/${hash}`;
  }

  async exists(hash: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(hash) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw this.unavailable('HeadObject', error);
    }
  }

  async put(hash: string, content: Buffer, contentType: AcceptedContentType): Promise<void> {
    if (await this.exists(hash)) return;
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.config.bucket,
          Key: this.keyOf(hash),
          Body: content,
          ContentLength: content.length,
          ContentType: contentType,
        }),
      );
    } catch (error) {
      throw this.unavailable('PutObject', error);
    }
  }

  async open(hash: string): Promise<OpenedFile | null> {
    let output;
    try {
      output = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(hash) }));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw this.unavailable('GetObject', error);
    }
    const { Body, ContentLength, ContentType } = output;
    if (!(Body instanceof Readable) || ContentLength === undefined || !isAcceptedContentType(ContentType)) {
      if (Body instanceof Readable) Body.destroy();
      throw new Error(`object ${this.keyOf(hash)} came back without a body, a length or an accepted type`);
    }
    return { stream: Body, size: ContentLength, contentType: ContentType };
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private unavailable(operation: string, error: unknown): AppException {
    this.logger.error(`${operation} on bucket ${this.config.bucket} failed: ${error instanceof Error ? error.message : String(error)}`);
    return new AppException('DEPENDENCY_DOWN');
  }
}
