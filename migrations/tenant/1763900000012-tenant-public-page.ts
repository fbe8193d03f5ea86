import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the region publishes its public page (partner media for the year) and, on it, its yearly
 * spending (paid per media type and per outlet). Both off until the region turns them on.
 */
export class TenantPublicPage1763900000012 implements MigrationInterface {
  name = 'TenantPublicPage1763900000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table tenant_profile
        add column public_page boolean not null default false,
        add column public_spending boolean not null default false,
        add constraint tenant_profile_spending_on_public_page check (public_page or not public_spending)
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table tenant_profile drop constraint tenant_profile_spending_on_public_page, drop column public_spending, drop column public_page');
  }
}
