import { MigrationInterface, QueryRunner } from 'typeorm';

/** A role may demand a second factor (TOTP) of whoever holds it; by default the approving officials. */
export class TenantRolesTotp1763900000003 implements MigrationInterface {
  name = 'TenantRolesTotp1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table roles add column requires_totp boolean not null default false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table roles drop column requires_totp');
  }
}
