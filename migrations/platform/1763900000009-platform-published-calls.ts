import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The regions' calls for media partners, one row per tenant and fiscal year, kept up to date when a
 * configuration is saved: the public list media browse before they pick a region to apply to.
 */
export class PlatformPublishedCalls1763900000009 implements MigrationInterface {
  name = 'PlatformPublishedCalls1763900000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table platform.published_calls (
        tenant_id uuid not null references platform.tenants (id) on delete cascade,
        fiscal_year integer not null,
        legal_basis text not null,
        registration_opens date not null,
        registration_closes date not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, fiscal_year)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table platform.published_calls');
  }
}
