import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document numbering: one counter per document kind and fiscal year, bumped by an upsert inside
 * the transaction that issues the document, so a rolled-back document gives its number back.
 * fiscal_year 0 is the kind's own row for a format that holds for every year (setFormat without a
 * year); it never counts.
 */
export class TenantDocumentNumbers1763900000005 implements MigrationInterface {
  name = 'TenantDocumentNumbers1763900000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table document_sequences (
        kind varchar(40) not null check (kind in ('agreement', 'order', 'receipt', 'handover-minutes', 'payment-minutes')),
        fiscal_year smallint not null check (fiscal_year = 0 or fiscal_year between 2000 and 2999),
        last_value integer not null default 0 check (last_value >= 0 and (fiscal_year <> 0 or last_value = 0)),
        format varchar(200) check (format is null or format like '%{seq%'),
        updated_at timestamptz not null default now(),
        primary key (kind, fiscal_year)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table document_sequences');
  }
}
