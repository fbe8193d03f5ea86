import { AppException } from '@sinergi/server/core';
import { AcceptedContentType } from '../stored-file.type';
import { ImageDimensions, jpegDimensions, pngDimensions } from './image-dimensions';

export type ContentLimits = { maxBytes: number; maxPixels: number };

type FileTypeModule = typeof import('file-type');

let fileTypeModule: Promise<FileTypeModule> | undefined;

// file-type ships ES modules only: loaded once, by a dynamic import (require(esm) at run time, swc in jest).
function loadFileType(): Promise<FileTypeModule> {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
}

const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
const PDF_EOF = Buffer.from('%%EOF', 'latin1');
// Readers look for %%EOF within the last 1024 bytes (PDF 32000 implementation notes); a file with
// more after it is something else with a PDF in front.
const PDF_EOF_WINDOW = 1024;

const unsupported = (message: string): AppException =>
  new AppException('UNSUPPORTED_FILE_TYPE', undefined, [{ message }]);

/** `size` is null when the upload was cut off at the limit, its full size unknown. */
export function tooLarge(size: number | null, maxBytes: number): AppException {
  const message = size === null ? `The file is larger than ${maxBytes} bytes, the most accepted.` : `The file has ${size} bytes; at most ${maxBytes} are accepted.`;
  return new AppException('FILE_TOO_LARGE', undefined, [{ message, maxBytes }]);
}

/**
 * Decides what the bytes are, whatever the name or the declared type says: a PDF, a JPEG or a PNG
 * within the limits, else an AppException (413 FILE_TOO_LARGE, 415 UNSUPPORTED_FILE_TYPE).
 */
export async function checkContent(content: Buffer, limits: ContentLimits): Promise<AcceptedContentType> {
  if (content.length === 0) throw unsupported('The file is empty.');
  if (content.length > limits.maxBytes) throw tooLarge(content.length, limits.maxBytes);
  const { fileTypeFromBuffer } = await loadFileType();
  const detected = await fileTypeFromBuffer(content);
  switch (detected?.mime) {
    case 'application/pdf':
      checkPdf(content);
      return 'application/pdf';
    case 'image/png':
    case 'image/apng': // an animated PNG is still a PNG; its frames lie within the checked canvas
      checkPixels(pngDimensions(content), 'PNG', limits.maxPixels);
      return 'image/png';
    case 'image/jpeg':
      checkPixels(jpegDimensions(content), 'JPEG', limits.maxPixels);
      return 'image/jpeg';
    default:
      throw unsupported(detected ? `The content is ${detected.mime}.` : 'The content is of no known type.');
  }
}

function checkPdf(content: Buffer): void {
  if (!content.subarray(0, PDF_HEADER.length).equals(PDF_HEADER)) throw unsupported('A PDF must start with %PDF-.');
  const tail = content.subarray(Math.max(0, content.length - PDF_EOF_WINDOW));
  if (!tail.includes(PDF_EOF)) throw unsupported('The PDF is incomplete: it does not end with %%EOF.');
}

function checkPixels(dimensions: ImageDimensions | null, kind: string, maxPixels: number): void {
  if (!dimensions) throw unsupported(`The ${kind} header is malformed.`);
  const pixels = dimensions.width * dimensions.height;
  if (pixels > maxPixels) {
    // A small file can declare a huge canvas (a decompression bomb): refused before anyone decodes it.
    throw new AppException('FILE_TOO_LARGE', undefined, [
      {
        message: `The image is ${dimensions.width}×${dimensions.height} pixels; at most ${maxPixels} pixels are accepted.`,
        maxPixels,
      },
    ]);
  }
}
