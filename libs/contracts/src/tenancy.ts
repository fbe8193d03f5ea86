export const TENANT_STATUSES = ['active', 'suspended', 'archived'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

export const REGION_LEVELS = ['provinsi', 'kabupaten', 'kota'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Kemendagri code: `PP` for a province, `PP.KK` for a kabupaten or kota. */
export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2})?$/;

/** Lower-case letters, digits and single hyphens; 3 to 63 characters. */
export const TENANT_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/;

export type Region = {
  code: string;
  level: RegionLevel;
  name: string;
  provinceCode: string;
  provinceName: string;
  population: number;
  /** Slug of the tenant onboarded for this region, if any. */
  tenant: string | null;
};

/**
 * List sorting, as GET /api/t/:tenant/applications does it: one `sort` parameter naming a column,
 * `-` in front for the other direction (here: descending); ties are broken by the key.
 */
export const REGION_SORTS = ['code', '-code', 'name', '-name', 'province', '-province', 'population', '-population'] as const;
export type RegionSort = (typeof REGION_SORTS)[number];

export type RegionQuery = {
  q?: string;
  level?: RegionLevel;
  provinceCode?: string;
  sort?: RegionSort;
  page?: number;
  pageSize?: number;
};

export type CreateTenantRequest = {
  regionCode: string;
  slug?: string;
  adminEmail: string;
  adminName: string;
  template?: { fromTenant: string };
};

export type Tenant = {
  slug: string;
  regionCode: string;
  name: string;
  level: RegionLevel;
  provinceName: string;
  status: TenantStatus;
  schemaVersion: number;
  createdAt: string;
  statusChangedAt: string;
};

export type CreateTenantResponse = Tenant & {
  /** The first admin's invitation, e-mailed to them (the link itself is never shown to anyone else). */
  adminInvitation: { email: string; expiresAt: string } | null;
};

export const TENANT_SORTS = [
  'regionCode', '-regionCode', 'name', '-name', 'slug', '-slug', 'status', '-status',
  'schemaVersion', '-schemaVersion', 'createdAt', '-createdAt',
] as const;
export type TenantSort = (typeof TENANT_SORTS)[number];

export type TenantQuery = {
  status?: TenantStatus;
  q?: string;
  sort?: TenantSort;
  page?: number;
  pageSize?: number;
};

export type UpdateTenantRequest = { status: TenantStatus };

export type TenantProfile = {
  slug: string;
  name: string;
  owningUnit: string;
  legalBasis: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  /** The region publishes its public page (`/public/:slug`): its partner media for the year. */
  publicPage: boolean;
  /** …and on it the year's spending, paid per media type and per outlet (only with `publicPage`). */
  publicSpending: boolean;
  updatedAt: string;
};

export type UpdateTenantProfileRequest = Partial<
  Pick<TenantProfile, 'owningUnit' | 'legalBasis' | 'address' | 'email' | 'phone' | 'publicPage' | 'publicSpending'>
>;

export type FleetMigrationTenantResult = {
  slug: string;
  from: number;
  to: number;
  status: 'migrated' | 'up-to-date' | 'failed';
  error?: string;
  ms: number;
};

/** A fleet migration run, as GET /api/platform/migrations lists them (newest first). */
export type FleetMigrationRun = {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  targetVersion: number;
  total: number;
  migrated: number;
  upToDate: number;
  failed: number;
  status: 'running' | 'succeeded' | 'failed' | 'interrupted';
  results: FleetMigrationTenantResult[];
};

export const QUEUE_JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'paused'] as const;
export type QueueJobState = (typeof QUEUE_JOB_STATES)[number];

/** A failed job as the platform admin sees it: never its payload (mail jobs carry invitation links). */
export type FailedQueueJob = {
  id: string;
  name: string;
  error: string;
  attemptsMade: number;
  failedAt: string | null;
};

export type QueueStatus = {
  name: string;
  counts: Record<QueueJobState, number>;
  /** The most recent failures, newest first. */
  recentFailures: FailedQueueJob[];
};

/** GET /api/platform/queues: the background queues, read-only. */
export type PlatformQueuesResponse = {
  queues: QueueStatus[];
  checkedAt: string;
};
