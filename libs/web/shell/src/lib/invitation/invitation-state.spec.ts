import type { InvitationPreview } from '@sinergi/contracts';
import { ApiError, type LoadState } from '@sinergi/web/api-client';
import { homeUrl } from '../auth/auth.guards';
import { goneReason, invitationView, isOtherAccount, placeAcceptError, toAcceptRequest } from './invitation-state';

const PREVIEW: InvitationPreview = {
  email: 'sari@pesisirbaratkab.go.id',
  name: 'Sari Wulandari',
  tenant: { slug: 'pesisir-barat', name: 'Kabupaten Pesisir Barat' },
  roles: ['admin'],
  expiresAt: '2026-12-01T03:00:00.000Z',
  accountExists: false,
};

const loaded: LoadState<InvitationPreview> = { status: 'loaded', value: PREVIEW };
const failed = (error: ApiError): LoadState<InvitationPreview> => ({ status: 'error', value: undefined, error });

describe('invitationView', () => {
  it('shows loading, then the preview', () => {
    expect(invitationView({ status: 'loading', value: undefined }, null)).toEqual({ kind: 'loading' });
    expect(invitationView(loaded, null)).toEqual({ kind: 'ready', preview: PREVIEW });
  });

  it('explains an unknown, expired or used invitation', () => {
    for (const [status, code] of [
      [404, 'INVITATION_NOT_FOUND'],
      [410, 'INVITATION_EXPIRED'],
      [409, 'INVITATION_USED'],
    ] as const) {
      const view = invitationView(failed(new ApiError(status, code, 'server says')), null);
      expect(view).toEqual({ kind: 'gone', reason: code, message: 'server says' });
    }
  });

  it('offers a retry only when trying again may help', () => {
    const offline = invitationView(failed(new ApiError(0, 'NETWORK_ERROR', 'offline')), null);
    expect(offline).toMatchObject({ kind: 'failed', retryable: true });
    const down = invitationView(failed(new ApiError(503, 'DEPENDENCY_DOWN', 'down')), null);
    expect(down).toMatchObject({ kind: 'failed', retryable: true });
    const refused = invitationView(failed(new ApiError(400, 'VALIDATION_FAILED', 'bad token')), null);
    expect(refused).toMatchObject({ kind: 'failed', retryable: false });
  });

  it('replaces the preview when an accept finds the invitation gone meanwhile', () => {
    const used = new ApiError(409, 'INVITATION_USED', 'already accepted');
    expect(invitationView(loaded, used)).toEqual({ kind: 'gone', reason: 'INVITATION_USED', message: 'already accepted' });
  });

  it('keeps the preview for an accept failure the form can show', () => {
    expect(invitationView(loaded, new ApiError(0, 'NETWORK_ERROR', 'offline'))).toEqual({ kind: 'ready', preview: PREVIEW });
  });
});

describe('toAcceptRequest', () => {
  it('sends the chosen password for a new account', () => {
    expect(toAcceptRequest('tok', PREVIEW, 'kopi-tubruk-2026')).toEqual({ token: 'tok', password: 'kopi-tubruk-2026' });
  });

  it('sends no password for an existing account', () => {
    const request = toAcceptRequest('tok', { accountExists: true }, 'typed anyway');
    expect(request).toEqual({ token: 'tok' });
    expect('password' in request).toBe(false);
  });
});

describe('placeAcceptError', () => {
  it('puts a weak password under the password field, in the server’s words', () => {
    const error = new ApiError(400, 'PASSWORD_TOO_WEAK', 'Kata sandi minimal 10 karakter, berisi huruf dan angka.', [
      { field: 'password', message: 'too-short' },
    ]);
    expect(placeAcceptError(error, true)).toEqual({
      place: 'password',
      message: 'Kata sandi minimal 10 karakter, berisi huruf dan angka.',
    });
  });

  it('puts a validation message about the password under the field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Invalid request.', [{ field: 'password', message: 'is required' }]);
    expect(placeAcceptError(error, true)).toEqual({ place: 'password', message: 'is required' });
  });

  it('shows other failures by the button, also without a password field', () => {
    expect(placeAcceptError(new ApiError(0, 'NETWORK_ERROR', 'offline'), true)).toEqual({ place: 'form', message: 'offline' });
    expect(placeAcceptError(new ApiError(400, 'PASSWORD_TOO_WEAK', 'weak'), false)).toEqual({ place: 'form', message: 'weak' });
  });

  it('replaces the page for an invitation that is gone', () => {
    expect(placeAcceptError(new ApiError(410, 'INVITATION_EXPIRED', 'expired'), true)).toEqual({
      place: 'page',
      reason: 'INVITATION_EXPIRED',
    });
  });
});

describe('goneReason', () => {
  it('is null for other codes and for no error', () => {
    expect(goneReason(null)).toBeNull();
    expect(goneReason(new ApiError(404, 'TENANT_NOT_FOUND', 'x'))).toBeNull();
  });
});

describe('isOtherAccount', () => {
  it('warns only when someone else is signed in', () => {
    expect(isOtherAccount(null, PREVIEW.email)).toBe(false);
    expect(isOtherAccount(' Sari@PesisirBaratKab.go.id', PREVIEW.email)).toBe(false);
    expect(isOtherAccount('admin@sinergi.test', PREVIEW.email)).toBe(true);
  });
});

describe('homeUrl', () => {
  it('sends platform admins to the tenant list and everybody else to their workspace', () => {
    expect(homeUrl(true)).toBe('/platform/tenants');
    expect(homeUrl(false)).toBe('/workspace');
  });
});
