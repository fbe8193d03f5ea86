import { tenantGroupRoleName } from '@sinergi/server/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared schema: region catalogue, tenant registry, global identities and memberships. */
export class PlatformInitial1763900000000 implements MigrationInterface {
  name = 'PlatformInitial1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ db }] = (await queryRunner.query('select current_database() as db')) as { db: string }[];
    const group = tenantGroupRoleName(db);
    await queryRunner.query(`
      create table platform.regions (
        code varchar(5) primary key,
        level varchar(10) not null check (level in ('provinsi', 'kabupaten', 'kota')),
        name text not null,
        province_code varchar(2) not null,
        province_name text not null,
        population integer not null check (population >= 0)
      );
      create index regions_province_code_idx on platform.regions (province_code);

      create table platform.tenants (
        id uuid primary key default gen_random_uuid(),
        slug varchar(63) not null unique,
        region_code varchar(5) not null unique references platform.regions (code),
        name text not null,
        status varchar(12) not null default 'active' check (status in ('active', 'suspended', 'archived')),
        schema_name varchar(63) not null unique,
        db_role varchar(63) not null unique,
        schema_version integer not null default 0,
        template_from_tenant_id uuid references platform.tenants (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        status_changed_at timestamptz not null default now()
      );
      create index tenants_status_idx on platform.tenants (status);

      create table platform.users (
        id uuid primary key default gen_random_uuid(),
        email varchar(254) not null,
        name text not null,
        password_hash text,
        platform_roles text[] not null default '{}',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create unique index users_email_key on platform.users (lower(email));

      create table platform.tenant_memberships (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references platform.users (id) on delete cascade,
        tenant_id uuid not null references platform.tenants (id) on delete cascade,
        roles text[] not null default '{}',
        created_at timestamptz not null default now(),
        unique (user_id, tenant_id)
      );
      create index tenant_memberships_tenant_idx on platform.tenant_memberships (tenant_id);

      create table platform.sessions (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references platform.users (id) on delete cascade,
        family_id uuid not null,
        token_hash char(64) not null unique,
        expires_at timestamptz not null,
        absolute_expires_at timestamptz not null,
        spent_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      );
      create index sessions_family_idx on platform.sessions (family_id);

      create table platform.invitations (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid references platform.tenants (id) on delete cascade,
        email varchar(254) not null,
        name text not null,
        roles text[] not null default '{}',
        token_hash char(64) not null unique,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        created_at timestamptz not null default now()
      );

      create table platform.fleet_migration_runs (
        id uuid primary key default gen_random_uuid(),
        started_at timestamptz not null default now(),
        finished_at timestamptz,
        target_version integer not null,
        total integer not null,
        migrated integer not null default 0,
        up_to_date integer not null default 0,
        failed integer not null default 0,
        status varchar(12) not null default 'running' check (status in ('running', 'succeeded', 'failed', 'interrupted')),
        results jsonb not null default '[]'
      );
    `);
    await queryRunner.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = '${group}') then
          create role ${group} nologin;
        end if;
      end $$;
      grant usage on schema platform to ${group};
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      drop table platform.fleet_migration_runs, platform.invitations, platform.sessions, platform.tenant_memberships,
        platform.users, platform.tenants, platform.regions;
    `);
  }
}
