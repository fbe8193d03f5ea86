/**
 * Names of the database objects that hold a tenant. Used only by provisioning and migrations:
 * everything else reads the names from the registry row.
 *
 * Roles are cluster-wide in PostgreSQL while schemas are per database, so role names carry a
 * prefix derived from the database name: two databases on one cluster (dev and test) never share
 * a tenant role.
 */
export function tenantSchemaName(regionCode: string): string {
  if (!/^\d{2}(\.\d{2})?$/.test(regionCode)) throw new Error(`Not a region code: ${regionCode}`);
  return `t_${regionCode.replace('.', '_')}`;
}

export function rolePrefix(databaseName: string): string {
  const cleaned = databaseName.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return `sng_${cleaned.slice(0, 40) || 'db'}`;
}

export function tenantRoleName(databaseName: string, schemaName: string): string {
  return `${rolePrefix(databaseName)}_${schemaName}`;
}

/** Every tenant role is a member: it carries the read rights on platform tables tenants need. */
export function tenantGroupRoleName(databaseName: string): string {
  return `${rolePrefix(databaseName)}_tenants`;
}
