import { MigrationInterface, QueryRunner } from 'typeorm';

// Grants for the subjects of orders, proofs, budgets, taxes, approvals, claims, payments and
// reports, added to the built-in roles (frozen here; a tenant's own roles are its business).
const GRANTS: Record<string, string[]> = {
  "admin": [
    "read:PublicationSettings",
    "create:PublicationSettings",
    "update:PublicationSettings",
    "delete:PublicationSettings",
    "read:Budget",
    "create:Budget",
    "update:Budget",
    "delete:Budget",
    "read:TaxSettings",
    "create:TaxSettings",
    "update:TaxSettings",
    "delete:TaxSettings",
    "read:ApprovalChain",
    "create:ApprovalChain",
    "update:ApprovalChain",
    "delete:ApprovalChain",
    "read:Order",
    "read:Proof",
    "read:Approval",
    "read:Claim",
    "read:Payment",
    "read:Report"
  ],
  "publication-operator": [
    "read:PublicationSettings",
    "read:Order",
    "create:Order",
    "update:Order",
    "read:Proof",
    "update:Proof",
    "read:Budget",
    "read:Claim",
    "read:Report"
  ],
  "approving-official": [
    "read:Order",
    "read:Proof",
    "read:Budget",
    "read:Approval",
    "update:Approval",
    "read:Claim",
    "read:Report"
  ],
  "treasurer": [
    "read:Order",
    "read:Proof",
    "read:Budget",
    "read:TaxSettings",
    "read:Approval",
    "update:Approval",
    "read:Claim",
    "read:Payment",
    "create:Payment",
    "read:Report"
  ],
  "auditor": [
    "read:PublicationSettings",
    "read:Order",
    "read:Proof",
    "read:Budget",
    "read:TaxSettings",
    "read:ApprovalChain",
    "read:Approval",
    "read:Claim",
    "read:Payment",
    "read:Report"
  ]
};

/**
 * The budget (pagu) of a fiscal year as revised over time (DPA, then APBD-P), and the ledger of
 * what orders have committed and payments realised against it. Money is whole rupiah in bigint.
 */
export class TenantBudget1763900000007 implements MigrationInterface {
  name = 'TenantBudget1763900000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table budget_revisions (
        id uuid primary key default gen_random_uuid(),
        fiscal_year integer not null check (fiscal_year between 2000 and 2100),
        revision integer not null check (revision >= 1),
        kind varchar(10) not null check (kind in ('dpa', 'apbd-p', 'other')),
        document_number text,
        effective_on date not null,
        total bigint not null check (total >= 0),
        by_media_type jsonb,
        note text,
        created_by text not null,
        created_at timestamptz not null default now(),
        unique (fiscal_year, revision)
      );

      create table budget_commitments (
        id uuid primary key default gen_random_uuid(),
        fiscal_year integer not null,
        media_type varchar(20) not null,
        ref_type varchar(20) not null,
        ref_id uuid not null,
        outlet_id uuid,
        amount bigint not null check (amount > 0),
        status varchar(10) not null default 'committed' check (status in ('committed', 'realised', 'released')),
        committed_at timestamptz not null default now(),
        realised_on date,
        realised_amount bigint check (realised_amount is null or realised_amount >= 0),
        released_at timestamptz,
        unique (ref_type, ref_id)
      );
      create index budget_commitments_year_idx on budget_commitments (fiscal_year, status, media_type);
      create index budget_commitments_realised_idx on budget_commitments (fiscal_year, realised_on) where status = 'realised';
    `);
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
    await queryRunner.query('drop table budget_commitments, budget_revisions');
  }
}
