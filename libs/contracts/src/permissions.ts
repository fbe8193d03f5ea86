/**
 * What can be done to what, in a tenant. The API checks these with CASL on every tenant handler;
 * the web app receives the same rules (GET /api/t/:tenant/me) to hide what a user cannot do.
 * Later modules append their subjects (Application, Order, Claim, ...) and role grants.
 */
export const TENANT_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type TenantAction = (typeof TENANT_ACTIONS)[number];

export const TENANT_SUBJECTS = [
  'TenantProfile',
  'Member',
  'Role',
  'Delegation',
  'AuditEntry',
  'PartnershipConfiguration',
  'ConfigurationPack',
  'Application',
  'Announcement',
  'Agreement',
  'OutletBlock',
  'PublicationSettings',
  'Order',
  'Proof',
  'Budget',
  'TaxSettings',
  'ApprovalChain',
  'Approval',
  'Claim',
  'Payment',
  'Report',
  // Sensitive parts of an applicant's dossier, shown through its application (see SENSITIVE_DOCUMENTS).
  'BankAccount',
  'PersonalIdentity',
] as const;
/**
 * Not in the permission list: a document an applicant showed the tenant, readable by whoever reads
 * applications, except the fields of SENSITIVE_DOCUMENT_FIELDS on the sensitive document types.
 */
export type DerivedTenantSubject = 'ApplicationDocument';
export type TenantSubject = (typeof TENANT_SUBJECTS)[number] | DerivedTenantSubject;

export type Permission = { action: TenantAction; subject: TenantSubject };

/**
 * Dossier documents that carry personal or payment data (their `number` is the account number or
 * the NIK, their file the bank book or the KTP scan): readable only with the permission named here.
 */
export const SENSITIVE_DOCUMENTS: Record<'bank-account' | 'ktp-penanggung-jawab', TenantSubject> = {
  'bank-account': 'BankAccount',
  'ktp-penanggung-jawab': 'PersonalIdentity',
};
/** The fields of an application document hidden without that permission (`file`: its download). */
export const SENSITIVE_DOCUMENT_FIELDS = ['number', 'file'] as const;

/** CASL's rule shape (what `/me` returns and @casl/ability consumes). */
export type AbilityRule = {
  action: TenantAction | TenantAction[];
  subject: TenantSubject | TenantSubject[];
  fields?: string[];
  conditions?: Record<string, unknown>;
  inverted?: boolean;
};

export const BUILTIN_TENANT_ROLES = [
  'admin',
  'verifier',
  'publication-operator',
  'approving-official',
  'treasurer',
  'auditor',
] as const;
export type BuiltinTenantRole = (typeof BUILTIN_TENANT_ROLES)[number];

const readEverything: Permission[] = TENANT_SUBJECTS.map((subject) => ({ action: 'read', subject }));
const all = (subject: TenantSubject): Permission[] => TENANT_ACTIONS.map((action) => ({ action, subject }));
const grant = (subject: TenantSubject, ...actions: TenantAction[]): Permission[] => actions.map((action) => ({ action, subject }));

/** The permissions each built-in role starts with; a tenant can define its own roles from the list. */
export const DEFAULT_ROLE_PERMISSIONS: Record<BuiltinTenantRole, Permission[]> = {
  admin: [
    ...all('TenantProfile'),
    ...all('Member'),
    ...all('Role'),
    ...all('Delegation'),
    { action: 'read', subject: 'AuditEntry' },
    ...all('PartnershipConfiguration'),
    ...all('ConfigurationPack'),
    ...grant('Application', 'read', 'update'),
    ...grant('Announcement', 'read', 'create'),
    ...all('Agreement'),
    ...all('OutletBlock'),
    ...all('PublicationSettings'),
    ...all('Budget'),
    ...all('TaxSettings'),
    ...all('ApprovalChain'),
    ...grant('Order', 'read'),
    ...grant('Proof', 'read'),
    ...grant('Approval', 'read'),
    ...grant('Claim', 'read'),
    ...grant('Payment', 'read'),
    ...grant('Report', 'read'),
  ],
  // Checks documents, records the factual visit, proposes tiers, answers objections.
  verifier: [
    { action: 'read', subject: 'TenantProfile' },
    { action: 'read', subject: 'PartnershipConfiguration' },
    ...grant('Application', 'read', 'update'),
    { action: 'read', subject: 'Announcement' },
    { action: 'read', subject: 'OutletBlock' },
    // Checks that the account is in the company's name and the KTP is the person in charge's.
    { action: 'read', subject: 'BankAccount' },
    { action: 'read', subject: 'PersonalIdentity' },
  ],
  // Orders, checks proofs of publication, prepares claims for approval (often the PPTK's staff).
  'publication-operator': [
    { action: 'read', subject: 'TenantProfile' },
    { action: 'read', subject: 'PartnershipConfiguration' },
    { action: 'read', subject: 'Application' },
    { action: 'read', subject: 'Agreement' },
    { action: 'read', subject: 'OutletBlock' },
    { action: 'read', subject: 'PublicationSettings' },
    ...grant('Order', 'read', 'create', 'update'),
    ...grant('Proof', 'read', 'update'),
    { action: 'read', subject: 'Budget' },
    { action: 'read', subject: 'Claim' },
    { action: 'read', subject: 'Report' },
  ],
  // Kepala Dinas / PA: announces results and signs agreements.
  'approving-official': [
    { action: 'read', subject: 'TenantProfile' },
    { action: 'read', subject: 'PartnershipConfiguration' },
    ...grant('Application', 'read', 'update'),
    ...grant('Announcement', 'read', 'create'),
    ...grant('Agreement', 'read', 'create'),
    { action: 'read', subject: 'OutletBlock' },
    { action: 'read', subject: 'Order' },
    { action: 'read', subject: 'Proof' },
    { action: 'read', subject: 'Budget' },
    ...grant('Approval', 'read', 'update'),
    { action: 'read', subject: 'Claim' },
    { action: 'read', subject: 'Report' },
  ],
  // Bendahara: taxes and payments; may be a step of the claim chain.
  treasurer: [
    { action: 'read', subject: 'TenantProfile' },
    { action: 'read', subject: 'Agreement' },
    { action: 'read', subject: 'Order' },
    { action: 'read', subject: 'Proof' },
    { action: 'read', subject: 'Budget' },
    { action: 'read', subject: 'TaxSettings' },
    ...grant('Approval', 'read', 'update'),
    { action: 'read', subject: 'Claim' },
    ...grant('Payment', 'read', 'create'),
    { action: 'read', subject: 'Report' },
    // Pays into the company's account (SP2D, kwitansi); has no use for anyone's NIK.
    { action: 'read', subject: 'BankAccount' },
  ],
  // Inspektorat, BPK: reads everything (the account paid into and the KTP checked included), changes nothing.
  auditor: readEverything,
};

export type TenantRoleDefinition = { name: string; label: string; builtin: boolean; permissions: Permission[]; requiresTotp: boolean };

export type TenantMe = {
  tenant: { slug: string; name: string };
  user: { id: string; name: string };
  roles: string[];
  abilities: AbilityRule[];
};

/** One entry of a tenant's (or the platform's) audit trail: who did what, to what, when, from where. */
export type AuditEntry = {
  id: string;
  occurredAt: string;
  actor: { id: string | null; name: string };
  /** The official on whose delegation the actor acted (Plt./Plh.), if any. */
  onBehalfOf: { id: string; name: string } | null;
  action: string;
  subject: { type: string; id: string | null };
  details: Record<string, unknown>;
  ip: string | null;
  hash: string;
};

export type AuditQuery = { action?: string; actorId?: string; from?: string; to?: string; page?: number; pageSize?: number };

export type AuditVerification = { entries: number; valid: boolean; firstBrokenId: string | null; problem: string | null };

/** Plt./Plh.: `to` holds `role` on behalf of `from` from `startsOn` to `endsOn` (inclusive, WIB dates). */
export type Delegation = {
  id: string;
  role: string;
  from: { userId: string; name: string };
  to: { userId: string; name: string };
  startsOn: string;
  endsOn: string;
  reason: string;
  revoked: boolean;
};

export type CreateDelegationRequest = {
  role: string;
  fromUserId: string;
  toUserId: string;
  startsOn: string;
  endsOn: string;
  reason: string;
};

export type TenantMember = { userId: string; email: string; name: string; roles: string[]; invited: boolean };

/** `invited`: who has not accepted yet (no password) first; `-` in front for the other direction. */
export const MEMBER_SORTS = ['name', '-name', 'email', '-email', 'invited', '-invited'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export type MemberQuery = { sort?: MemberSort; page?: number; pageSize?: number };

export type InviteMemberRequest = { email: string; name: string; roles: string[] };
export type UpdateMemberRequest = { roles: string[] };
