/**
 * Identity lists memberships by tenant id; the tenancy module owns slugs and statuses.
 * Tenancy provides this port, so identity never reads the tenant registry's tables.
 */
export type TenantDirectory = {
  slugsByIds(tenantIds: string[]): Promise<Map<string, string>>;
  summariesByIds(tenantIds: string[]): Promise<Map<string, { slug: string; name: string }>>;
};

export const TENANT_DIRECTORY = Symbol('TENANT_DIRECTORY');
