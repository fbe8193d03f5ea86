import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorResponse } from '@sinergi/contracts';
import { ApiError, toApiError } from './api-error';

const fallback = { network: () => 'offline', unexpected: () => 'unexpected' };

describe('toApiError', () => {
  it('keeps the server message, code and details of an ErrorResponse', () => {
    const body: ErrorResponse = {
      statusCode: 409,
      code: 'TENANT_EXISTS',
      message: 'Slug "pesisir-barat" sudah dipakai.',
      details: [{ field: 'slug', message: 'sudah dipakai' }],
    };
    const error = toApiError(new HttpErrorResponse({ status: 409, error: body }), fallback);
    expect(error).toBeInstanceOf(ApiError);
    expect([error.statusCode, error.code, error.message]).toEqual([409, 'TENANT_EXISTS', body.message]);
    expect(error.fieldMessages().get('slug')).toBe('sudah dipakai');
  });

  it('says the server cannot be reached when the request never got an answer', () => {
    const error = toApiError(new HttpErrorResponse({ status: 0 }), fallback);
    expect([error.code, error.message]).toEqual(['NETWORK_ERROR', 'offline']);
  });

  it('does not show a proxy error page to the user', () => {
    const error = toApiError(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }), fallback);
    expect([error.statusCode, error.code, error.message]).toEqual([502, 'UNEXPECTED_RESPONSE', 'unexpected']);
    expect(error.body).toBe('<html>Bad gateway</html>');
  });

  it('treats a body with an unknown code as unexpected', () => {
    const body = { statusCode: 400, code: 'SOMETHING_NEW', message: 'x', details: [] };
    expect(toApiError(new HttpErrorResponse({ status: 400, error: body }), fallback).code).toBe('UNEXPECTED_RESPONSE');
  });
});
