import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publication: the year's settings (catalogue, rate card, proof forms; versioned), orders (surat
 * pesanan) with their files and history, and proofs of publication (bukti tayang).
 * The order list is the hot path (5,000 orders a tenant, filtered lists under 100 ms): each filter
 * the screen offers leads with the fiscal year, and open orders have their own partial indexes.
 */
export class TenantPublication1763900000009 implements MigrationInterface {
  name = 'TenantPublication1763900000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table publication_settings (
        id uuid primary key default gen_random_uuid(),
        fiscal_year integer not null check (fiscal_year between 2000 and 2100),
        version integer not null check (version >= 1),
        products jsonb not null,
        rates jsonb not null,
        agreement_rates jsonb not null,
        proof_forms jsonb not null,
        block_outlets_with_overdue_proofs boolean not null,
        created_by text not null,
        created_at timestamptz not null default now(),
        unique (fiscal_year, version)
      );

      create table orders (
        id uuid primary key default gen_random_uuid(),
        number text not null,
        fiscal_year integer not null check (fiscal_year between 2000 and 2100),
        agreement_id uuid not null,
        company_id uuid not null,
        company_name text not null,
        outlet_id uuid not null,
        outlet_name text not null,
        media_type varchar(20) not null,
        tier varchar(20) not null,
        product_code varchar(40) not null,
        product_name text not null,
        product_kind varchar(20) not null,
        unit varchar(12) not null,
        quantity integer not null check (quantity > 0),
        unit_price bigint not null check (unit_price > 0),
        price_source varchar(10) not null check (price_source in ('agreement', 'tier')),
        amount bigint not null check (amount > 0),
        title text not null,
        body text not null,
        publish_from date not null,
        publish_until date not null,
        proof_deadline date not null,
        status varchar(20) not null check (status in ('issued', 'accepted', 'declined', 'cancelled', 'proof-submitted',
          'proof-returned', 'proof-accepted', 'locked', 'claimed', 'paid')),
        settings_version integer not null,
        document_hash char(64) not null,
        decline_reason text,
        claim_id uuid,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        check (publish_until >= publish_from),
        check (proof_deadline >= publish_until),
        unique (fiscal_year, number)
      );
      create index orders_year_created_idx on orders (fiscal_year, created_at desc, id);
      create index orders_year_status_idx on orders (fiscal_year, status, created_at desc);
      create index orders_year_publish_idx on orders (fiscal_year, publish_from);
      create index orders_agreement_idx on orders (agreement_id, status);
      create index orders_outlet_idx on orders (outlet_id, fiscal_year, status);
      create index orders_company_idx on orders (company_id, created_at desc);
      create index orders_open_deadline_idx on orders (proof_deadline) where status in ('issued', 'accepted', 'proof-returned');
      create index orders_claim_idx on orders (claim_id) where claim_id is not null;

      create table order_files (
        id uuid primary key default gen_random_uuid(),
        order_id uuid not null references orders (id) on delete cascade,
        purpose varchar(10) not null check (purpose in ('material', 'proof')),
        hash char(64) not null,
        name text not null,
        size integer not null,
        content_type varchar(40) not null,
        uploaded_by text not null,
        uploaded_at timestamptz not null default now(),
        unique (order_id, purpose, hash)
      );

      create table order_events (
        id bigserial primary key,
        order_id uuid not null references orders (id) on delete cascade,
        at timestamptz not null default now(),
        actor text not null,
        action varchar(40) not null,
        details jsonb not null default '{}'
      );
      create index order_events_order_idx on order_events (order_id, id);

      create table proofs (
        id uuid primary key default gen_random_uuid(),
        order_id uuid not null unique references orders (id) on delete cascade,
        status varchar(10) not null check (status in ('submitted', 'returned', 'accepted')),
        fields jsonb not null,
        published_on date,
        round integer not null default 1,
        note text,
        submitted_by text not null,
        submitted_at timestamptz not null default now(),
        reviewed_by text,
        reviewed_at timestamptz,
        link_checks jsonb not null default '[]',
        version integer not null default 1
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table proofs, order_events, order_files, orders, publication_settings');
  }
}
