declare const tenantHandleBrand: unique symbol;

/**
 * Where a tenant's data lives. Only the tenancy registry makes these (from its own rows,
 * never from input); feature code passes them along and never reads schema or role.
 */
export type TenantHandle = Readonly<{
  id: string;
  slug: string;
  schema: string;
  role: string;
  [tenantHandleBrand]: true;
}>;

export function tenantHandle(fields: { id: string; slug: string; schema: string; role: string }): TenantHandle {
  return Object.freeze({ ...fields }) as TenantHandle;
}
