import type { Readable } from 'node:stream';

/** What Sinergi accepts as a document or a proof of publication, checked by the bytes. */
export const ACCEPTED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

/** A stored file as a feature records it: the hash is its address, the rest is for people. */
export type StoredFile = {
  /** sha256 of the content, lower-case hex (64 characters). */
  hash: string;
  size: number;
  contentType: AcceptedContentType;
  /** The uploader's file name, sanitized: for display and as the download name. */
  originalName: string;
};

export type OpenedFile = {
  stream: Readable;
  size: number;
  contentType: AcceptedContentType;
};

export function isAcceptedContentType(value: unknown): value is AcceptedContentType {
  return (ACCEPTED_CONTENT_TYPES as readonly unknown[]).includes(value);
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Hashes come from feature rows, but a path is built from them: anything else is refused. */
export function isContentHash(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}
