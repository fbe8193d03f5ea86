import { HttpErrorResponse } from '@angular/common/http';
import { ERROR_CODES, type ErrorCode, type ErrorDetail, type ErrorResponse } from '@sinergi/contracts';
import type { ApiFallbackMessages } from './api-client.config';

/** Codes the client adds for failures that never reached the API's error handler. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** Every failed API call rejects with this: show `message`, branch on `code`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    /** The response body when it was not an `ErrorResponse` (e.g. a 503 health report). */
    readonly body: unknown = null,
  ) {
    super(message);
  }

  /** Field-level messages of a validation error, keyed by field name. */
  fieldMessages(): ReadonlyMap<string, string> {
    const byField = new Map<string, string>();
    for (const detail of this.details) {
      if (detail.field && !byField.has(detail.field)) byField.set(detail.field, detail.message);
    }
    return byField;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate['statusCode'] === 'number' &&
    typeof candidate['message'] === 'string' &&
    typeof candidate['code'] === 'string' &&
    (ERROR_CODES as readonly string[]).includes(candidate['code'])
  );
}

export function toApiError(error: unknown, fallback: ApiFallbackMessages): ApiError {
  if (error instanceof ApiError) return error;
  if (!(error instanceof HttpErrorResponse)) {
    return new ApiError(0, 'UNEXPECTED_RESPONSE', fallback.unexpected());
  }
  if (error.status === 0) return new ApiError(0, 'NETWORK_ERROR', fallback.network());
  const body: unknown = error.error;
  if (isErrorResponse(body)) {
    const details = Array.isArray(body.details) ? body.details : [];
    return new ApiError(body.statusCode, body.code, body.message, details);
  }
  return new ApiError(error.status, 'UNEXPECTED_RESPONSE', fallback.unexpected(), [], body);
}
