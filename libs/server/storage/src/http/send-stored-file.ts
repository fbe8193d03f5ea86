import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream';
import { downloadName } from '../content/original-name';
import { OpenedFile } from '../stored-file.type';

const logger = new Logger('FileStorage');

/** RFC 6266 with RFC 5987: an ASCII fallback in filename, the exact name in filename* (UTF-8, percent-encoded). */
export function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '_')
      .replace(/ +/g, ' ')
      .trim() || 'file';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a file opened with FileStorage.open as a download, from a handler that takes
 * `@Res() response`. Authorization is the caller's: open and send a file only after deciding that
 * the caller may read the document it belongs to. `name` gets an extension matching the content
 * when it lacks one.
 */
export function sendStoredFile(response: Response, file: OpenedFile, name: string): void {
  response.status(200);
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader('Content-Disposition', contentDisposition(downloadName(name, file.contentType)));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Private documents: kept by no shared cache, and not by the browser after the response.
  response.setHeader('Cache-Control', 'private, no-store');
  // Should a browser ever show it inline anyway, it runs nothing.
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  if (response.req?.method === 'HEAD') {
    file.stream.destroy();
    response.end();
    return;
  }
  pipeline(file.stream, response, (error) => {
    // Headers are gone by now: a failure can only cut the response short (the client sees fewer
    // bytes than Content-Length). A client that hangs up is not worth a log line.
    if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      logger.error(`sending a stored file failed: ${error.message}`);
    }
  });
}
