import { MigrationInterface, QueryRunner } from 'typeorm';

/** Media companies (one dossier for every tenant), their people, and e-mail confirmation. */
export class PlatformMedia1763900000005 implements MigrationInterface {
  name = 'PlatformMedia1763900000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table platform.media_companies (
        id uuid primary key default gen_random_uuid(),
        legal_name text not null,
        legal_form varchar(20) not null check (legal_form in ('PT', 'yayasan', 'koperasi', 'CV')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table platform.media_memberships (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references platform.users (id) on delete cascade,
        company_id uuid not null references platform.media_companies (id) on delete cascade,
        roles text[] not null,
        created_at timestamptz not null default now(),
        unique (user_id, company_id)
      );
      alter table platform.users add column email_confirmed_at timestamptz;
      create table platform.email_confirmations (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references platform.users (id) on delete cascade,
        token_hash char(64) not null unique,
        expires_at timestamptz not null,
        confirmed_at timestamptz,
        created_at timestamptz not null default now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      drop table platform.email_confirmations, platform.media_memberships, platform.media_companies;
      alter table platform.users drop column email_confirmed_at;
    `);
  }
}
