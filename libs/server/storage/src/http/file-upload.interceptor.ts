import { applyDecorators, CallHandler, createParamDecorator, ExecutionContext, Inject, Injectable, mixin, NestInterceptor, Type, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { ErrorDetail } from '@sinergi/contracts';
import { APP_CONFIG, AppConfig, AppException } from '@sinergi/server/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multer, { MulterError } from 'multer';
import { Observable } from 'rxjs';
import { tooLarge } from '../content/check-content';

// Room for a few ordinary form fields beside the file (a document kind, a note), and no more.
const FORM_LIMITS = { fields: 20, fieldSize: 64 * 1024, fieldNameSize: 100, parts: 22, headerPairs: 100 } as const;

type UploadRequest = FastifyRequest & { file?: Express.Multer.File };

/**
 * Lets multipart/form-data bodies through Fastify unread: the upload routes read them with multer
 * (FileUploadInterceptor), under their own limits, and every other route refuses them as before
 * (no handler reads a file it did not ask for). Called once on the API's Fastify instance.
 */
export function acceptMultipartForUploads(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
}

function toAppException(error: unknown, field: string, maxBytes: number): AppException {
  if (error instanceof AppException) return error;
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return tooLarge(null, maxBytes);
    const detail: ErrorDetail =
      error.code === 'LIMIT_UNEXPECTED_FILE' || error.code === 'LIMIT_FILE_COUNT'
        ? { field: error.field ?? field, message: `Send exactly one file, in the field "${field}".` }
        : { ...(error.field ? { field: error.field } : {}), message: error.message };
    return new AppException('VALIDATION_FAILED', undefined, [detail]);
  }
  // Everything else multer or busboy reports is about the request body (a malformed multipart
  // body, a missing boundary, a client that went away): the caller's fault, never a 500.
  const message = error instanceof Error ? error.message : 'The multipart body could not be read.';
  return new AppException('VALIDATION_FAILED', undefined, [{ message: `Multipart: ${message}` }]);
}

/**
 * Reads one file of a multipart/form-data request into memory (`request.file`, read it with
 * Nest's `@UploadedFile()`), at most UPLOAD_MAX_BYTES, and maps every multer error to the API's
 * error shape: 413 FILE_TOO_LARGE, 400 VALIDATION_FAILED for a missing, extra or misnamed file.
 * It does not store anything: the handler passes the buffer to FileStorage.store, which checks
 * the content.
 */
export function FileUploadInterceptor(field = 'file'): Type<NestInterceptor> {
  @Injectable()
  class Interceptor implements NestInterceptor {
    private readonly upload: ReturnType<ReturnType<typeof multer>['single']>;
    private readonly maxBytes: number;

    constructor(@Inject(APP_CONFIG) config: AppConfig) {
      this.maxBytes = config.uploadMaxBytes;
      this.upload = multer({
        storage: multer.memoryStorage(),
        // Browsers send file names as raw UTF-8; busboy would read them as latin1.
        defParamCharset: 'utf8',
        limits: { ...FORM_LIMITS, fileSize: config.uploadMaxBytes, files: 1 },
      }).single(field);
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      const request = http.getRequest<UploadRequest>();
      // multer reads Node's own request (Fastify left the body unread, see acceptMultipartForUploads);
      // what it finds goes where the handler's @UploadedDossierFile() and @Body() look.
      const raw = request.raw as typeof request.raw & { file?: Express.Multer.File; body?: Record<string, unknown> };
      await new Promise<void>((resolve, reject) =>
        this.upload(raw as never, http.getResponse<FastifyReply>().raw as never, (error?: unknown) =>
          error ? reject(toAppException(error, field, this.maxBytes)) : resolve(),
        ),
      );
      request.file = raw.file;
      request.body = { ...(raw.body ?? {}) };
      if (!request.file) {
        throw new AppException('VALIDATION_FAILED', undefined, [
          { field, message: `${field} is required: send the file as multipart/form-data in the field "${field}".` },
        ]);
      }
      return next.handle();
    }
  }
  return mixin(Interceptor);
}

/** A route that takes one uploaded file (PDF, JPEG or PNG) in `field`, documented in the OpenAPI description. */
export function FileUpload(field = 'file'): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(FileUploadInterceptor(field)),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [field],
        properties: { [field]: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG' } },
      },
    }),
  );
}

/**
 * The file read by FileUploadInterceptor / @FileUpload, as a handler parameter
 * (`@UploadedDossierFile() file: Express.Multer.File`); 400 when there is none.
 */
export const UploadedDossierFile = createParamDecorator((_data: unknown, context: ExecutionContext): Express.Multer.File => {
  const file = context.switchToHttp().getRequest<UploadRequest>().file;
  if (!file) throw new AppException('VALIDATION_FAILED', undefined, [{ message: 'A file is required (multipart/form-data).' }]);
  return file;
});
