import { AcceptedContentType } from '../stored-file.type';

/** Enough leading bytes to tell the three accepted types apart. */
export const MAGIC_LENGTH = 8;

/**
 * The type of a file that passed checkContent, from its first bytes (the local disk keeps no
 * metadata beside the content). Null for anything else.
 */
export function contentTypeFromMagic(head: Buffer): AcceptedContentType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return null;
}
