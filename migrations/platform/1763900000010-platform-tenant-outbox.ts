import { tenantGroupRoleName } from '@sinergi/server/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets a tenant's unit of work write its own mail into the outbox, in its own transaction: an order
 * or a claim and the mail about it commit together or not at all. The tenant roles may only insert
 * (no reading, no updating), and a trigger stamps the row with the writer's own tenant whatever it
 * claims, so one tenant can neither read others' mail nor send in another's name.
 */
export class PlatformTenantOutbox1763900000010 implements MigrationInterface {
  name = 'PlatformTenantOutbox1763900000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ db }] = (await queryRunner.query('select current_database() as db')) as { db: string }[];
    const group = tenantGroupRoleName(db);
    await queryRunner.query(`
      create function platform.tenant_id_of_role(role_name text) returns uuid
        language sql stable security definer set search_path = platform
        as $$ select id from platform.tenants where db_role = role_name $$;

      create function platform.outbox_stamp_tenant() returns trigger
        language plpgsql
        as $$
        declare
          writer uuid := platform.tenant_id_of_role(current_user::text);
        begin
          if writer is not null then
            new.tenant_id := writer;
          end if;
          return new;
        end $$;

      create trigger outbox_stamp_tenant before insert on platform.outbox
        for each row execute function platform.outbox_stamp_tenant();

      grant insert (tenant_id, kind, payload) on platform.outbox to ${group};
      grant usage on sequence platform.outbox_id_seq to ${group};
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ db }] = (await queryRunner.query('select current_database() as db')) as { db: string }[];
    const group = tenantGroupRoleName(db);
    await queryRunner.query(`
      revoke usage on sequence platform.outbox_id_seq from ${group};
      revoke insert (tenant_id, kind, payload) on platform.outbox from ${group};
      drop trigger outbox_stamp_tenant on platform.outbox;
      drop function platform.outbox_stamp_tenant(), platform.tenant_id_of_role(text);
    `);
  }
}
