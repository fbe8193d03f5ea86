import { MigrationInterface, QueryRunner } from 'typeorm';

const BODY = `
          select u.id, u.name::text, u.email::text, m.roles::text[]
            from platform.tenant_memberships m join platform.users u on u.id = m.user_id
           where m.tenant_id = (select t.id from platform.tenants t where t.db_role = current_setting('role'))
             and (m.roles::text[] && wanted_roles or u.id = any (wanted_users))
             and u.password_hash is not null
           order by lower(u.name), u.id`;

/**
 * calling_tenant_members (see 1763900000011) in PL/pgSQL instead of SQL: a security-definer SQL
 * function is never inlined and its query was planned again on every call, which was a fifth of
 * the dashboard's time in PostgreSQL; PL/pgSQL keeps the plan for the session. Same arguments, same
 * result, same rights.
 */
export class PlatformRoleHoldersCachedPlan1763900000012 implements MigrationInterface {
  name = 'PlatformRoleHoldersCachedPlan1763900000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create or replace function platform.calling_tenant_members(wanted_roles text[], wanted_users uuid[])
        returns table (user_id uuid, name text, email text, roles text[])
        language plpgsql stable security definer set search_path = platform
        as $$
        #variable_conflict use_column
        begin
          return query ${BODY};
        end
        $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create or replace function platform.calling_tenant_members(wanted_roles text[], wanted_users uuid[])
        returns table (user_id uuid, name text, email text, roles text[])
        language sql stable security definer set search_path = platform
        as $$ ${BODY} $$`);
  }
}
