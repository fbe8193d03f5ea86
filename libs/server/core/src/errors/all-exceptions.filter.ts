import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ErrorCode, ErrorDetail, ErrorResponse } from '@sinergi/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppException } from './app.exception';
import { requestLanguage } from './request-language';

type BodyParserError = Error & { type?: string; code?: string; status?: number; statusCode?: number };

/** Fastify's own refusals of a request body, as the API names them. */
const FASTIFY_BODY_ERRORS: Record<string, 'MALFORMED_JSON' | 'PAYLOAD_TOO_LARGE' | 'VALIDATION_FAILED'> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

/** Maps whatever was thrown to the one error shape; only true surprises become 500s (and are logged). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (reply.sent) return;
    const error = this.toAppException(exception, request);
    const language = requestLanguage(request.headers['accept-language']);
    const body: ErrorResponse = {
      statusCode: error.status,
      code: error.code,
      message: error.messageIn(language),
      details: error.detailsIn(language),
    };
    reply.status(error.status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toAppException(exception: unknown, request: FastifyRequest): AppException {
    if (exception instanceof AppException) {
      if (exception.status >= 500) this.logger.error(`${request.method} ${request.url}: ${exception.message}`);
      return exception;
    }
    const bodyParser = this.fromBodyParser(exception);
    if (bodyParser) return bodyParser;
    if (exception instanceof HttpException) return this.fromHttpException(exception, request);
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
      // Input that reached SQL despite validation (e.g. a malformed uuid) is still the caller's fault.
      // (22P02 bad text representation, 22003 out of range, 22001 too long, 23502 not null, 23514 check)
      if (['22P02', '22003', '22001', '23502', '23514'].includes(pgCode ?? '')) {
        return new AppException('VALIDATION_FAILED');
      }
      if (pgCode === '23505') return new AppException('CONFLICT');
    }
    this.logger.error(
      `${request.method} ${request.url}: ${exception instanceof Error ? exception.stack : String(exception)}`,
    );
    return new AppException('INTERNAL_ERROR');
  }

  /** Errors of reading the body (Fastify's, or body-parser's) arrive raw or wrapped by the adapter (as the `cause`). */
  private fromBodyParser(exception: unknown): AppException | null {
    if (!(exception instanceof Error)) return null;
    const cause = exception instanceof HttpException ? exception.cause : exception;
    if (!(cause instanceof Error)) return null;
    const { type, code } = cause as BodyParserError;
    const fastify = code ? FASTIFY_BODY_ERRORS[code] : undefined;
    if (fastify === 'VALIDATION_FAILED') {
      const message = code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'Unsupported Content-Type: send application/json (or multipart/form-data for a file).' : cause.message;
      return new AppException('VALIDATION_FAILED', undefined, [{ message }]);
    }
    if (fastify) return new AppException(fastify);
    if (type === 'entity.parse.failed') return new AppException('MALFORMED_JSON');
    if (type === 'entity.too.large') return new AppException('PAYLOAD_TOO_LARGE');
    if ((type && type.startsWith('encoding.')) || type === 'charset.unsupported' || type === 'request.aborted') {
      return new AppException('VALIDATION_FAILED', undefined, [{ message: cause.message }]);
    }
    return null;
  }

  private fromHttpException(exception: HttpException, request: FastifyRequest): AppException {
    const status = exception.getStatus();
    const byStatus: Record<number, ErrorCode> = {
      400: 'VALIDATION_FAILED',
      401: 'UNAUTHENTICATED',
      403: 'FORBIDDEN',
      404: 'ROUTE_NOT_FOUND',
      409: 'CONFLICT',
      413: 'PAYLOAD_TOO_LARGE',
    };
    const code = byStatus[status];
    if (!code) {
      this.logger.error(`${request.method} ${request.url}: HTTP ${status} ${exception.message}`);
      return new AppException('INTERNAL_ERROR');
    }
    const details: ErrorDetail[] = [];
    const payload = exception.getResponse();
    if (code === 'VALIDATION_FAILED' && typeof payload === 'object' && payload !== null) {
      const message = (payload as { message?: unknown }).message;
      for (const line of Array.isArray(message) ? message : [message]) {
        if (typeof line === 'string') details.push({ message: line });
      }
    }
    return new AppException(code, undefined, details);
  }
}
