import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'agreement', 'order', 'receipt', 'handover-minutes', 'payment-minutes'`;

/**
 * Billing: tax settings per fiscal year (versioned), claims (tagihan) with their lines and frozen
 * amounts, payments (SP2D, one per claim, one per idempotency key) and the claim's numbered PDFs.
 * Claims get their own document number kind ('claim'). Money is whole rupiah in bigint.
 */
export class TenantBilling1763900000010 implements MigrationInterface {
  name = 'TenantBilling1763900000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table tax_settings (
        id uuid primary key default gen_random_uuid(),
        fiscal_year integer not null check (fiscal_year between 2000 and 2100),
        version integer not null check (version >= 1),
        ppn_rate_bp integer not null check (ppn_rate_bp between 0 and 10000),
        ppn_base_numerator integer not null check (ppn_base_numerator >= 1),
        ppn_base_denominator integer not null check (ppn_base_denominator >= ppn_base_numerator),
        pph23_rate_bp integer not null check (pph23_rate_bp between 0 and 10000),
        pph23_rate_without_npwp_bp integer not null check (pph23_rate_without_npwp_bp between pph23_rate_bp and 10000),
        ppn_collection_threshold bigint not null check (ppn_collection_threshold >= 0),
        legal_basis text not null,
        created_by text not null,
        created_at timestamptz not null default now(),
        unique (fiscal_year, version)
      );

      create table claims (
        id uuid primary key default gen_random_uuid(),
        number text not null unique,
        fiscal_year integer not null check (fiscal_year between 2000 and 2100),
        company_id uuid not null,
        company_name text not null,
        outlet_id uuid not null,
        outlet_name text not null,
        media_type varchar(20) not null,
        agreement_id uuid not null,
        status varchar(12) not null check (status in ('submitted', 'returned', 'approved', 'paid', 'cancelled')),
        gross bigint not null check (gross >= 0),
        net bigint not null check (net >= 0 and net <= gross),
        taxes jsonb not null,
        tax_settings_id uuid not null references tax_settings (id),
        round integer not null default 1 check (round >= 1),
        return_note text,
        submitted_by text not null,
        submitted_by_id uuid,
        submitted_at timestamptz not null default now(),
        approved_at timestamptz,
        paid_at timestamptz,
        cancelled_at timestamptz,
        version integer not null default 1 check (version >= 1),
        updated_at timestamptz not null default now()
      );
      create index claims_year_status_idx on claims (fiscal_year, status, submitted_at);
      create index claims_company_idx on claims (company_id, submitted_at);
      create index claims_outlet_idx on claims (outlet_id, fiscal_year);

      create table claim_lines (
        id uuid primary key default gen_random_uuid(),
        claim_id uuid not null references claims (id) on delete cascade,
        position integer not null,
        proof_id uuid not null,
        order_id uuid not null,
        order_number text not null,
        product_code varchar(60) not null,
        product_name text not null,
        quantity integer not null check (quantity >= 1),
        unit_price bigint not null check (unit_price >= 0),
        amount bigint not null check (amount >= 0),
        published_on date not null,
        active boolean not null default true
      );
      create index claim_lines_claim_idx on claim_lines (claim_id, position);
      -- A proof is billed by one live claim at most.
      create unique index claim_lines_live_proof_idx on claim_lines (proof_id) where active;

      create table payments (
        id uuid primary key default gen_random_uuid(),
        claim_id uuid not null unique references claims (id),
        idempotency_key varchar(200) not null unique,
        request_hash char(64) not null,
        sp2d_number text not null,
        sp2d_date date not null,
        amount bigint not null check (amount > 0),
        tax_receipts jsonb not null,
        recorded_by text not null,
        recorded_at timestamptz not null default now()
      );
      create index payments_date_idx on payments (sp2d_date);

      create table claim_documents (
        claim_id uuid not null references claims (id),
        kind varchar(20) not null check (kind in ('handover-minutes', 'receipt', 'payment-minutes')),
        number text not null,
        issued_on date not null,
        file_hash char(64) not null,
        created_at timestamptz not null default now(),
        primary key (claim_id, kind)
      );

      alter table document_sequences drop constraint document_sequences_kind_check;
      alter table document_sequences add constraint document_sequences_kind_check check (kind in (${KINDS_BEFORE}, 'claim'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      delete from document_sequences where kind = 'claim';
      alter table document_sequences drop constraint document_sequences_kind_check;
      alter table document_sequences add constraint document_sequences_kind_check check (kind in (${KINDS_BEFORE}));
      drop table claim_documents, payments, claim_lines, claims, tax_settings;
    `);
  }
}
