import { MigrationInterface, QueryRunner } from 'typeorm';

/** Optional TOTP second factor: the secret (encrypted), and whether a session passed it. */
export class PlatformTotp1763900000004 implements MigrationInterface {
  name = 'PlatformTotp1763900000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table platform.users add column totp_secret text, add column totp_pending_secret text,
        add column totp_enabled_at timestamptz;
      alter table platform.sessions add column mfa boolean not null default false;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table platform.users drop column totp_secret, drop column totp_pending_secret, drop column totp_enabled_at;
      alter table platform.sessions drop column mfa;
    `);
  }
}
