import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Studi tiru: a tenant publishes its rules as a versioned pack; another adopts it in whole or in
 * part, and the adoption is kept so the platform can show which rules spread where.
 */
export class PlatformConfigurationPacks1763900000008 implements MigrationInterface {
  name = 'PlatformConfigurationPacks1763900000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table platform.configuration_packs (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references platform.tenants (id) on delete cascade,
        version integer not null,
        title text not null,
        description text not null default '',
        legal_basis text not null,
        content jsonb not null,
        published_by text not null,
        published_at timestamptz not null default now(),
        withdrawn_at timestamptz,
        unique (tenant_id, version)
      );
      create table platform.pack_adoptions (
        id uuid primary key default gen_random_uuid(),
        pack_id uuid not null references platform.configuration_packs (id) on delete cascade,
        adopter_tenant_id uuid not null references platform.tenants (id) on delete cascade,
        parts text[] not null,
        adopted_by text not null,
        adopted_at timestamptz not null default now()
      );
      create index pack_adoptions_pack_idx on platform.pack_adoptions (pack_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table platform.pack_adoptions, platform.configuration_packs');
  }
}
