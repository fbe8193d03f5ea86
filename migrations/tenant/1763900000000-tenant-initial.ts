import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tenant's first tables. Runs as the tenant's own role with its schema alone on the
 * search_path, so names here are unqualified and the tables belong to the tenant role.
 */
export class TenantInitial1763900000000 implements MigrationInterface {
  name = 'TenantInitial1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table tenant_profile (
        id smallint primary key default 1 check (id = 1),
        owning_unit text not null,
        legal_basis text,
        address text,
        email varchar(254),
        phone varchar(40),
        updated_at timestamptz not null default now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table tenant_profile');
  }
}
