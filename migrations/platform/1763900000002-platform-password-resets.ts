import { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use, expiring password reset tokens (only their hash is kept). */
export class PlatformPasswordResets1763900000002 implements MigrationInterface {
  name = 'PlatformPasswordResets1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table platform.password_resets (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references platform.users (id) on delete cascade,
        token_hash char(64) not null unique,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      );
      create index password_resets_user_idx on platform.password_resets (user_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table platform.password_resets');
  }
}
