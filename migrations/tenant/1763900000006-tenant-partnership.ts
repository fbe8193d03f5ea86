import { MigrationInterface, QueryRunner } from 'typeorm';

// Grants for the new subjects, added to the built-in roles (frozen here; a tenant's own roles are its business).
const GRANTS: Record<string, string[]> = {
  "admin": [
    "read:PartnershipConfiguration",
    "create:PartnershipConfiguration",
    "update:PartnershipConfiguration",
    "delete:PartnershipConfiguration",
    "read:ConfigurationPack",
    "create:ConfigurationPack",
    "update:ConfigurationPack",
    "delete:ConfigurationPack",
    "read:Application",
    "update:Application",
    "read:Announcement",
    "create:Announcement",
    "read:Agreement",
    "create:Agreement",
    "update:Agreement",
    "delete:Agreement",
    "read:OutletBlock",
    "create:OutletBlock",
    "update:OutletBlock",
    "delete:OutletBlock"
  ],
  "verifier": [
    "read:PartnershipConfiguration",
    "read:Application",
    "update:Application",
    "read:Announcement",
    "read:OutletBlock"
  ],
  "publication-operator": [
    "read:PartnershipConfiguration",
    "read:Application",
    "read:Agreement",
    "read:OutletBlock"
  ],
  "approving-official": [
    "read:PartnershipConfiguration",
    "read:Application",
    "update:Application",
    "read:Announcement",
    "create:Announcement",
    "read:Agreement",
    "create:Agreement",
    "read:OutletBlock"
  ],
  "treasurer": [
    "read:Agreement"
  ],
  "auditor": [
    "read:PartnershipConfiguration",
    "read:ConfigurationPack",
    "read:Application",
    "read:Announcement",
    "read:Agreement",
    "read:OutletBlock"
  ]
};

/**
 * The partnership cycle of a tenant: its configuration per fiscal year (every save a new version),
 * applications with per-document verification, factual visits, tier decisions, announcements,
 * objections, agreements, and outlet blocks. Media companies and outlets live in the platform
 * schema; rows here refer to them by id.
 */
export class TenantPartnership1763900000006 implements MigrationInterface {
  name = 'TenantPartnership1763900000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table partnership_configurations (
        id uuid primary key default gen_random_uuid(),
        fiscal_year integer not null check (fiscal_year between 2000 and 2100),
        version integer not null,
        legal_basis text not null,
        owning_unit text not null,
        unit_code varchar(40) not null,
        letterhead jsonb not null,
        agreement_signatory jsonb not null,
        factual_visit boolean not null default false,
        content jsonb not null,
        calendar jsonb not null,
        adopted_from jsonb,
        created_by text not null,
        created_at timestamptz not null default now(),
        unique (fiscal_year, version)
      );

      create table applications (
        id uuid primary key default gen_random_uuid(),
        fiscal_year integer not null,
        company_id uuid not null,
        company_name text not null,
        outlet_id uuid not null,
        outlet_name text not null,
        media_type varchar(20) not null,
        configuration_id uuid not null references partnership_configurations (id),
        status varchar(20) not null default 'submitted' check (status in
          ('submitted', 'in-review', 'returned', 'verified', 'tiered', 'ineligible', 'final', 'withdrawn')),
        evaluation jsonb not null,
        requirements jsonb not null,
        decision jsonb,
        tier varchar(20),
        score integer,
        submitted_by text not null,
        submitted_at timestamptz not null default now(),
        version integer not null default 1,
        updated_at timestamptz not null default now()
      );
      -- One live application per outlet and year (a withdrawn one may be followed by another).
      create unique index applications_outlet_year_idx on applications (outlet_id, fiscal_year) where status <> 'withdrawn';
      create index applications_year_status_idx on applications (fiscal_year, status);
      create index applications_company_idx on applications (company_id);

      create table application_documents (
        id uuid primary key default gen_random_uuid(),
        application_id uuid not null references applications (id) on delete cascade,
        document_type varchar(40) not null,
        level varchar(10) not null check (level in ('company', 'outlet')),
        dossier_document_id uuid not null,
        version_id uuid not null,
        version_number integer not null,
        number text,
        expires_on date,
        decision varchar(10) not null default 'pending' check (decision in ('pending', 'approved', 'rejected')),
        note text,
        decided_by text,
        decided_at timestamptz,
        unique (application_id, dossier_document_id)
      );

      create table factual_visits (
        application_id uuid primary key references applications (id) on delete cascade,
        visited_on date not null,
        officer text not null,
        passed boolean not null,
        note text,
        recorded_at timestamptz not null default now()
      );

      create table announcements (
        fiscal_year integer not null,
        kind varchar(10) not null check (kind in ('initial', 'final')),
        announced_at timestamptz not null default now(),
        announced_by text not null,
        applications integer not null,
        primary key (fiscal_year, kind)
      );

      create table objections (
        id uuid primary key default gen_random_uuid(),
        application_id uuid not null references applications (id) on delete cascade,
        text text not null,
        submitted_by text not null,
        submitted_at timestamptz not null default now(),
        answer text,
        upheld boolean,
        answered_by text,
        answered_at timestamptz
      );
      create index objections_application_idx on objections (application_id);

      create table agreements (
        id uuid primary key default gen_random_uuid(),
        number text not null unique,
        fiscal_year integer not null,
        application_id uuid not null unique references applications (id),
        company_id uuid not null,
        company_name text not null,
        outlet_id uuid not null,
        outlet_name text not null,
        media_type varchar(20) not null,
        tier varchar(20) not null,
        starts_on date not null,
        ends_on date not null,
        ceiling bigint check (ceiling is null or ceiling > 0),
        signed_on date not null,
        document_hash char(64) not null,
        status varchar(12) not null default 'active' check (status in ('active', 'terminated')),
        created_by text not null,
        created_at timestamptz not null default now(),
        check (ends_on >= starts_on)
      );
      create index agreements_outlet_idx on agreements (outlet_id, fiscal_year);

      create table outlet_blocks (
        id uuid primary key default gen_random_uuid(),
        outlet_id uuid not null,
        reason text not null,
        starts_on date not null,
        ends_on date,
        created_by text not null,
        created_at timestamptz not null default now(),
        lifted_at timestamptz,
        lifted_by text,
        check (ends_on is null or ends_on >= starts_on)
      );
      create index outlet_blocks_outlet_idx on outlet_blocks (outlet_id);
    `);
    // Add each grant once, whatever the role already holds.
    await queryRunner.query(
      `update roles r set permissions = (
         select coalesce(jsonb_agg(distinct p), '[]'::jsonb) from jsonb_array_elements(r.permissions || g.extra) p)
       from (select name, extra from unnest($1::varchar[], $2::jsonb[]) as t(name, extra)) g
       where r.name = g.name and r.builtin`,
      [
        Object.keys(GRANTS),
        Object.values(GRANTS).map((pairs) => JSON.stringify(pairs.map((pair) => ({ action: pair.split(':')[0], subject: pair.split(':')[1] })))),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      drop table outlet_blocks, agreements, objections, announcements, factual_visits, application_documents, applications,
        partnership_configurations;
    `);
  }
}
