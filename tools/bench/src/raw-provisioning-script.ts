import { TENANT_MIGRATIONS } from '@sinergi/migrations';
import { enterTenantSql, quoteIdentifier, tenantGroupRoleName, tenantRoleName, tenantSchemaName } from '@sinergi/server/core';
import type { QueryRunner } from 'typeorm';

export type RawTenant = { regionCode: string; slug: string; name: string };

/** The SQL a tenant migration runs, captured by a runner that records instead of executing. */
export async function recordedMigrationSql(): Promise<{ name: string; sql: string[] }[]> {
  const recorded: { name: string; sql: string[] }[] = [];
  for (const Migration of TENANT_MIGRATIONS) {
    const migration = new Migration();
    const sql: string[] = [];
    const recorder = {
      // Parameters are written into the text as literals: the floor is one plain script.
      query: async (text: string, parameters: unknown[] = []) =>
        void sql.push(text.replace(/\$(\d+)/g, (_, n: string) => sqlLiteral(parameters[Number(n) - 1]))),
      isTransactionActive: true,
    };
    await migration.up(recorder as unknown as QueryRunner);
    recorded.push({ name: migration.name ?? Migration.name, sql });
  }
  return recorded;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(sqlLiteral).join(', ')}]`;
  return literal(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * The floor: the same rows and DDL as provisioning, written by hand as one SQL script
 * (one transaction per tenant), with no application code in between.
 */
export async function rawProvisioningScript(databaseName: string, tenants: RawTenant[]): Promise<string> {
  const migrations = await recordedMigrationSql();
  const group = quoteIdentifier(tenantGroupRoleName(databaseName));
  return tenants
    .map((tenant) => {
      const schema = tenantSchemaName(tenant.regionCode);
      const role = tenantRoleName(databaseName, schema);
      const slug = literal(tenant.slug);
      const tenantId = `(select id from platform.tenants where slug = ${slug})`;
      return [
        'begin;',
        `insert into platform.tenants (slug, region_code, name, status, schema_name, db_role, schema_version, status_changed_at)
         values (${slug}, ${literal(tenant.regionCode)}, ${literal(tenant.name)}, 'active', ${literal(schema)}, ${literal(role)}, ${migrations.length}, now());`,
        `create role ${quoteIdentifier(role)} nologin; grant ${quoteIdentifier(role)} to current_user; grant ${group} to ${quoteIdentifier(role)};`,
        `create schema ${quoteIdentifier(schema)} authorization ${quoteIdentifier(role)};`,
        `with u as (insert into platform.users (email, name) values (${literal(`admin-${tenant.regionCode}@raw.bench`)}, 'Admin') returning id)
         insert into platform.tenant_memberships (user_id, tenant_id, roles) select u.id, ${tenantId}, '{admin}' from u;`,
        `insert into platform.invitations (tenant_id, email, name, roles, token_hash, expires_at)
         values (${tenantId}, ${literal(`admin-${tenant.regionCode}@raw.bench`)}, 'Admin', '{admin}', md5(random()::text) || md5(random()::text), now() + interval '7 days');`,
        `${enterTenantSql({ slug: tenant.slug, schema, role })};`,
        `create table if not exists migrations (id serial primary key, timestamp bigint not null, name varchar(255) not null unique, applied_at timestamptz not null default now());`,
        ...migrations.flatMap((m) => [
          ...m.sql.map((sql) => `${sql.trim().replace(/;?$/, ';')}`),
          `insert into migrations (timestamp, name) values (${m.name.slice(-13)}, ${literal(m.name)});`,
        ]),
        `insert into tenant_profile (id, owning_unit) values (1, ${literal(`Dinas Komunikasi dan Informatika ${tenant.name}`)});`,
        'commit;',
      ].join('\n');
    })
    .join('\n');
}
