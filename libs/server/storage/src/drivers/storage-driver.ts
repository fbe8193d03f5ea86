import { AcceptedContentType, OpenedFile } from '../stored-file.type';

/**
 * Where the bytes live. Content-addressed: a hash names one content forever, so writing a hash
 * that is already there is a no-op, and nothing is ever overwritten or changed in place.
 * Callers pass only checked content and well-formed hashes (FileStorage does).
 */
export type StorageDriver = {
  readonly kind: 'local' | 's3';
  put(hash: string, content: Buffer, contentType: AcceptedContentType): Promise<void>;
  exists(hash: string): Promise<boolean>;
  /** Null when there is no such file. */
  open(hash: string): Promise<OpenedFile | null>;
  close(): Promise<void>;
};

export const STORAGE_DRIVER = Symbol('STORAGE_DRIVER');
