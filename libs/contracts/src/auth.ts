import type { MediaCompanyDossier } from './media';

export const PLATFORM_ROLES = ['platform-admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** `totpCode` is needed when the account has a second factor (answer 401 TOTP_REQUIRED without it). */
export type LoginRequest = { email: string; password: string; totpCode?: string };

export const MEDIA_LEGAL_FORMS = ['PT', 'yayasan', 'koperasi', 'CV'] as const;
export type MediaLegalForm = (typeof MEDIA_LEGAL_FORMS)[number];
export const MEDIA_ROLES = ['owner', 'editor'] as const;
export type MediaRole = (typeof MEDIA_ROLES)[number];

/**
 * What a press company's people may do, checked with CASL on every media handler (`/api/media/
 * companies/:companyId/...` and `/api/t/:tenant/media/:companyId/...`), and returned with each
 * company of `/api/media/me` so the portal can hide what the user cannot do.
 */
export const MEDIA_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type MediaAction = (typeof MEDIA_ACTIONS)[number];
export const MEDIA_SUBJECTS = [
  'MediaCompany',
  'MediaMember',
  'MediaPerson',
  'Outlet',
  'DossierDocument',
  'Application',
  'Agreement',
  'Order',
  'Proof',
  'Claim',
] as const;
export type MediaSubject = (typeof MEDIA_SUBJECTS)[number];

/** Bound to one company: `{ id }` for the company itself, `{ companyId }` for what belongs to it. */
export type MediaAbilityRule = {
  action: MediaAction | MediaAction[];
  subject: MediaSubject | MediaSubject[];
  conditions: { id: string } | { companyId: string };
  inverted?: boolean;
};

// A company is read and changed, never created or deleted, through its own routes.
const actionsOn = (subject: MediaSubject): MediaAction[] => (subject === 'MediaCompany' ? ['read', 'update'] : [...MEDIA_ACTIONS]);
/** What each company role may do in its own company (an editor does everything but manage the team). */
export const MEDIA_ROLE_PERMISSIONS: Record<MediaRole, { action: MediaAction[]; subject: MediaSubject }[]> = {
  owner: MEDIA_SUBJECTS.map((subject) => ({ action: actionsOn(subject), subject })),
  editor: MEDIA_SUBJECTS.map((subject) => ({ action: subject === 'MediaMember' ? ['read'] : actionsOn(subject), subject })),
};

/** POST /api/media/register: a person and their press company; a confirmation mail follows. */
export type MediaRegistrationRequest = {
  email: string;
  password: string;
  name: string;
  company: { legalName: string; legalForm: MediaLegalForm };
};

export type MediaCompanySummary = { id: string; legalName: string; legalForm: MediaLegalForm };

/** GET /api/media/me: the caller and each of their companies with its outlets, dossier and partnerships. */
export type MediaMe = {
  user: { id: string; name: string; email: string; emailConfirmed: boolean };
  companies: MediaCompanyDossier[];
};

export type TotpSetup = { secret: string; otpauthUrl: string };
export type TotpCodeRequest = { code: string };
export type RefreshRequest = { refreshToken: string };

export type Membership =
  | { kind: 'tenant'; tenant: string; roles: string[] }
  | { kind: 'media'; mediaCompanyId: string; roles: string[] };

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  platformRoles: PlatformRole[];
};

export type LoginResponse = {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
  memberships: Membership[];
};

/** The minimum password policy, the same in the API and the web forms. */
export const PASSWORD_POLICY = { minLength: 10, maxLength: 200 } as const;

/** A password has at least PASSWORD_POLICY.minLength characters, with letters and digits. */
export function passwordProblems(password: string): ('too-short' | 'too-long' | 'needs-letter' | 'needs-digit')[] {
  const problems: ('too-short' | 'too-long' | 'needs-letter' | 'needs-digit')[] = [];
  if (password.length < PASSWORD_POLICY.minLength) problems.push('too-short');
  if (password.length > PASSWORD_POLICY.maxLength) problems.push('too-long');
  if (!/\p{L}/u.test(password)) problems.push('needs-letter');
  if (!/\p{N}/u.test(password)) problems.push('needs-digit');
  return problems;
}

export type PasswordResetRequest = { email: string };
export type PasswordResetConfirmation = { token: string; password: string };

/** What the invitation page shows before the invitee accepts (GET /api/auth/invitations/:token). */
export type InvitationPreview = {
  email: string;
  name: string;
  tenant: { slug: string; name: string } | null;
  /** Set instead of `tenant` for an invitation to a press company's team. */
  company?: { id: string; name: string } | null;
  roles: string[];
  expiresAt: string;
  /** The invitee already has a password: accepting needs none. */
  accountExists: boolean;
};

/** POST /api/auth/invitations/accept → LoginResponse. `password` is required unless the account exists. */
export type AcceptInvitationRequest = { token: string; password?: string };
