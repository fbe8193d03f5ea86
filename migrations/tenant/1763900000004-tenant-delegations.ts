import { MigrationInterface, QueryRunner } from 'typeorm';

/** Acting officials (Plt./Plh.): a role handed from one member to another for a date range. */
export class TenantDelegations1763900000004 implements MigrationInterface {
  name = 'TenantDelegations1763900000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table delegations (
        id uuid primary key default gen_random_uuid(),
        role varchar(60) not null references roles (name),
        from_user_id uuid not null,
        from_name text not null,
        to_user_id uuid not null,
        to_name text not null,
        starts_on date not null,
        ends_on date not null,
        reason text not null,
        created_at timestamptz not null default now(),
        revoked_at timestamptz,
        check (ends_on >= starts_on),
        check (from_user_id <> to_user_id)
      );
      create index delegations_to_idx on delegations (to_user_id) where revoked_at is null;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table delegations');
  }
}
