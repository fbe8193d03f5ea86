import { tenantGroupRoleName } from '@sinergi/server/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who holds which roles in the calling tenant, readable from inside that tenant's own transaction.
 * Reading it over a second pooled connection while the tenant's transaction holds the first one
 * starved the pool under load (every request holding one connection, waiting for another). The
 * tenant comes from the transaction's role (`current_setting('role')`, which a tenant role cannot
 * set to another tenant's), so a tenant sees its own members only.
 */
export class PlatformTenantRoleHolders1763900000011 implements MigrationInterface {
  name = 'PlatformTenantRoleHolders1763900000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ db }] = (await queryRunner.query('select current_database() as db')) as { db: string }[];
    const group = tenantGroupRoleName(db);
    await queryRunner.query(`
      create function platform.calling_tenant_members(wanted_roles text[], wanted_users uuid[])
        returns table (user_id uuid, name text, email text, roles text[])
        language sql stable security definer set search_path = platform
        as $$
          select u.id, u.name, u.email, m.roles::text[]
            from platform.tenant_memberships m join platform.users u on u.id = m.user_id
           where m.tenant_id = (select t.id from platform.tenants t where t.db_role = current_setting('role'))
             and (m.roles::text[] && wanted_roles or u.id = any (wanted_users))
             and u.password_hash is not null
           order by lower(u.name), u.id
        $$;
      revoke execute on function platform.calling_tenant_members(text[], uuid[]) from public;
      grant execute on function platform.calling_tenant_members(text[], uuid[]) to ${group};
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop function platform.calling_tenant_members(text[], uuid[])');
  }
}
