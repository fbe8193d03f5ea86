import { ApiError } from '@sinergi/web/api-client';
import { STEP, stepForError } from './step-for-error';

describe('stepForError', () => {
  it('sends a taken slug back to the slug step', () => {
    const error = new ApiError(409, 'TENANT_EXISTS', 'taken', [{ field: 'slug', message: 'taken' }]);
    expect(stepForError(error)).toBe(STEP.slug);
  });

  it('sends a region that became a tenant meanwhile back to the region step', () => {
    const error = new ApiError(409, 'TENANT_EXISTS', 'taken', [{ field: 'regionCode', message: 'taken' }]);
    expect(stepForError(error)).toBe(STEP.region);
  });

  it('sends a validation error on the admin e-mail to the admin step', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'invalid', [{ field: 'adminEmail', message: 'bad' }]);
    expect(stepForError(error)).toBe(STEP.admin);
  });

  it('offers no step when nothing in the form can fix it', () => {
    expect(stepForError(new ApiError(0, 'NETWORK_ERROR', 'offline'))).toBeNull();
  });
});
