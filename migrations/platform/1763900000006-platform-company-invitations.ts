import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations to a press company as well as to a tenant; the name they were issued for is kept. */
export class PlatformCompanyInvitations1763900000006 implements MigrationInterface {
  name = 'PlatformCompanyInvitations1763900000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table platform.invitations
        add column company_id uuid references platform.media_companies (id) on delete cascade,
        add column context_name text;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table platform.invitations drop column company_id, drop column context_name');
  }
}
