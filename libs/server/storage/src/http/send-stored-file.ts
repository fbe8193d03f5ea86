import { Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
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
export function sendStoredFile(reply: FastifyReply, file: OpenedFile, name: string): void {
  reply.status(200).headers({
    'content-type': file.contentType,
    'content-length': String(file.size),
    'content-disposition': contentDisposition(downloadName(name, file.contentType)),
    'x-content-type-options': 'nosniff',
    // Private documents: kept by no shared cache, and not by the browser after the response.
    'cache-control': 'private, no-store',
    // Should a browser ever show it inline anyway, it runs nothing.
    'content-security-policy': "default-src 'none'; sandbox",
  });
  if (reply.request.method === 'HEAD') {
    file.stream.destroy();
    reply.send();
    return;
  }
  // Headers are gone once the bytes flow: a failure can only cut the response short (the client
  // sees fewer bytes than Content-Length). A client that hangs up is not worth a log line.
  file.stream.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') logger.error(`sending a stored file failed: ${error.message}`);
  });
  reply.send(file.stream);
}
