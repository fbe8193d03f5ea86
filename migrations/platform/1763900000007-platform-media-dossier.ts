import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A press company's dossier, kept once for every tenant: its profile, its people (pemimpin redaksi,
 * journalists with their UKW level), its outlets and its documents. A document's versions are never
 * replaced (a tenant verified a given version); `company_tenant_links` remembers which tenants a
 * company applied to, so its portal lists them and the tenants may read its files.
 */
export class PlatformMediaDossier1763900000007 implements MigrationInterface {
  name = 'PlatformMediaDossier1763900000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table platform.media_companies
        add column npwp varchar(32),
        add column nib varchar(32),
        add column pkp boolean not null default false,
        add column kbli text[] not null default '{}',
        add column address text,
        add column region_code varchar(13),
        add column office_region_codes text[] not null default '{}',
        add column established_on date,
        add column phone varchar(40),
        add column website text,
        add column bank_name text,
        add column bank_account_number varchar(40),
        add column bank_account_holder text,
        add column dewan_pers_status varchar(20) not null default 'none'
          check (dewan_pers_status in ('none', 'administrative', 'factual')),
        add column dewan_pers_certificate_number varchar(80),
        add column dewan_pers_verified_on date,
        add column constituent_organisation text,
        add column version integer not null default 1;

      create table platform.media_people (
        id uuid primary key default gen_random_uuid(),
        company_id uuid not null references platform.media_companies (id) on delete cascade,
        name text not null,
        position varchar(30) not null check (position in ('pemimpin-redaksi', 'editor', 'journalist', 'bureau-chief')),
        ukw_level varchar(10) check (ukw_level in ('muda', 'madya', 'utama')),
        ukw_certificate_number varchar(80),
        ukw_certified_on date,
        ktp_region_code varchar(13),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index media_people_company_idx on platform.media_people (company_id);

      create table platform.media_outlets (
        id uuid primary key default gen_random_uuid(),
        company_id uuid not null references platform.media_companies (id) on delete cascade,
        name text not null,
        media_type varchar(20) not null check (media_type in
          ('online', 'print-daily', 'print-weekly', 'print-monthly', 'tv', 'radio', 'social-media', 'videotron')),
        url text,
        launched_on date,
        monthly_visitors integer check (monthly_visitors >= 0),
        circulation integer check (circulation >= 0),
        broadcast_licence_number varchar(80),
        social_platform varchar(40),
        location text,
        publishes_masthead boolean not null default false,
        active boolean not null default true,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index media_outlets_company_idx on platform.media_outlets (company_id);

      create table platform.dossier_documents (
        id uuid primary key default gen_random_uuid(),
        company_id uuid not null references platform.media_companies (id) on delete cascade,
        outlet_id uuid references platform.media_outlets (id) on delete cascade,
        document_type varchar(40) not null,
        created_at timestamptz not null default now()
      );
      create index dossier_documents_company_idx on platform.dossier_documents (company_id);

      create table platform.dossier_document_versions (
        id uuid primary key default gen_random_uuid(),
        document_id uuid not null references platform.dossier_documents (id) on delete cascade,
        version integer not null,
        number varchar(120),
        issued_on date,
        expires_on date,
        file_hash char(64) not null,
        file_size integer not null,
        content_type varchar(40) not null,
        original_name text not null,
        uploaded_by uuid references platform.users (id) on delete set null,
        uploaded_at timestamptz not null default now(),
        unique (document_id, version),
        check (expires_on is null or issued_on is null or expires_on >= issued_on)
      );
      create index dossier_versions_expiry_idx on platform.dossier_document_versions (expires_on) where expires_on is not null;

      create table platform.dossier_expiry_reminders (
        version_id uuid not null references platform.dossier_document_versions (id) on delete cascade,
        days_before integer not null,
        sent_at timestamptz not null default now(),
        primary key (version_id, days_before)
      );

      create table platform.company_tenant_links (
        company_id uuid not null references platform.media_companies (id) on delete cascade,
        tenant_id uuid not null references platform.tenants (id) on delete cascade,
        first_applied_at timestamptz not null default now(),
        primary key (company_id, tenant_id)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      drop table platform.company_tenant_links, platform.dossier_expiry_reminders, platform.dossier_document_versions,
        platform.dossier_documents, platform.media_outlets, platform.media_people;
      alter table platform.media_companies
        drop column npwp, drop column nib, drop column pkp, drop column kbli, drop column address, drop column region_code,
        drop column office_region_codes, drop column established_on, drop column phone, drop column website,
        drop column bank_name, drop column bank_account_number, drop column bank_account_holder,
        drop column dewan_pers_status, drop column dewan_pers_certificate_number, drop column dewan_pers_verified_on,
        drop column constituent_organisation, drop column version;
    `);
  }
}
