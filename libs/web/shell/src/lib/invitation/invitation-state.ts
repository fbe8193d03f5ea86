import type { AcceptInvitationRequest, InvitationPreview } from '@sinergi/contracts';
import type { ApiError, ApiErrorCode, LoadState } from '@sinergi/web/api-client';

/** Codes that end the invitation for good: nothing on this page can fix them. */
export const GONE_CODES = ['INVITATION_NOT_FOUND', 'INVITATION_EXPIRED', 'INVITATION_USED'] as const;
export type GoneReason = (typeof GONE_CODES)[number];

export function goneReason(error: ApiError | null): GoneReason | null {
  if (!error) return null;
  return (GONE_CODES as readonly ApiErrorCode[]).includes(error.code) ? (error.code as GoneReason) : null;
}

/** Whether trying the same request again may help: no answer, or the server failed. */
export function isRetryable(error: ApiError): boolean {
  return error.statusCode === 0 || error.statusCode >= 500;
}

export type InvitationView =
  | { kind: 'loading' }
  | { kind: 'gone'; reason: GoneReason; message: string }
  | { kind: 'failed'; error: ApiError; retryable: boolean }
  | { kind: 'ready'; preview: InvitationPreview };

/**
 * What the page shows: the preview once loaded, unless loading failed or an accept found the
 * invitation gone meanwhile (expired, used in another tab).
 */
export function invitationView(load: LoadState<InvitationPreview>, acceptFailure: ApiError | null): InvitationView {
  const acceptGone = goneReason(acceptFailure);
  if (acceptFailure && acceptGone) return { kind: 'gone', reason: acceptGone, message: acceptFailure.message };
  if (load.status === 'error') {
    const reason = goneReason(load.error);
    return reason
      ? { kind: 'gone', reason, message: load.error.message }
      : { kind: 'failed', error: load.error, retryable: isRetryable(load.error) };
  }
  if (load.status === 'loaded') return { kind: 'ready', preview: load.value };
  return { kind: 'loading' };
}

/** Only a new account sends a password; an existing one keeps the password it has. */
export function toAcceptRequest(
  token: string,
  preview: Pick<InvitationPreview, 'accountExists'>,
  password: string,
): AcceptInvitationRequest {
  return preview.accountExists ? { token } : { token, password };
}

/** Where a failed accept is shown: the whole page, under the password field, or by the button. */
export type AcceptErrorPlace =
  | { place: 'page'; reason: GoneReason }
  | { place: 'password'; message: string }
  | { place: 'form'; message: string };

export function placeAcceptError(error: ApiError, hasPasswordField: boolean): AcceptErrorPlace {
  const reason = goneReason(error);
  if (reason) return { place: 'page', reason };
  if (hasPasswordField) {
    if (error.code === 'PASSWORD_TOO_WEAK') return { place: 'password', message: error.message };
    const fieldMessage = error.code === 'VALIDATION_FAILED' ? error.fieldMessages().get('password') : undefined;
    if (fieldMessage) return { place: 'password', message: fieldMessage };
  }
  return { place: 'form', message: error.message };
}

/** The signed-in user is someone else than the invitee: accepting switches the account. */
export function isOtherAccount(signedInEmail: string | null | undefined, inviteeEmail: string): boolean {
  return !!signedInEmail && signedInEmail.trim().toLowerCase() !== inviteeEmail.trim().toLowerCase();
}
