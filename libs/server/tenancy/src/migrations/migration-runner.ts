import type { MigrationClass } from '@sinergi/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export type SchemaMigrationOutcome = { from: number; to: number; applied: string[] };

function migrationName(migration: MigrationInterface, index: number): string {
  const name = migration.name ?? migration.constructor.name;
  if (!/\d{13}$/.test(name)) throw new Error(`Migration #${index + 1} (${name}) must end with a 13-digit timestamp`);
  return name;
}

/**
 * Brings one schema up to date inside the caller's transaction: the history table lives in the
 * schema it describes, so a schema and its version always commit or roll back together.
 * `historyTable` is either qualified (platform) or unqualified, inside the tenant's unit of work.
 */
export const HISTORY_TABLE_DDL = (historyTable: string): string => `
    create table if not exists ${historyTable} (
      id serial primary key,
      timestamp bigint not null,
      name varchar(255) not null unique,
      applied_at timestamptz not null default now()
    )`;

/**
 * On a fresh schema provisioning records the migrations' statements into one script (StatementBatch):
 * a migration that needs a row count must read it with a select (reads always run for real).
 */
export async function migrateSchema(
  queryRunner: QueryRunner,
  migrations: MigrationClass[],
  historyTable: 'platform.migrations' | 'migrations',
  options: { freshSchema?: boolean } = {},
): Promise<SchemaMigrationOutcome> {
  if (!queryRunner.isTransactionActive) throw new Error('migrateSchema must run inside a transaction');
  // A schema made in this very transaction has no history yet: no need to create or read it here
  // (provisioning creates the table together with entering the tenant).
  let rows: { name: string }[] = [];
  if (!options.freshSchema) {
    await queryRunner.query(HISTORY_TABLE_DDL(historyTable));
    rows = (await queryRunner.query(`select name from ${historyTable} order by id`)) as { name: string }[];
  }
  const instances = migrations.map((Migration) => new Migration());
  const names = instances.map(migrationName);
  rows.forEach((row, index) => {
    if (names[index] !== row.name) {
      throw new Error(
        `Schema history diverges at #${index + 1}: database has ${row.name}, code has ${names[index] ?? 'nothing'}`,
      );
    }
  });
  const applied: string[] = [];
  for (let index = rows.length; index < instances.length; index++) {
    await instances[index]!.up(queryRunner);
    applied.push(names[index]!);
  }
  if (applied.length) {
    await queryRunner.query(
      `insert into ${historyTable} (timestamp, name)
       select ts, nm from unnest($1::bigint[], $2::varchar[]) with ordinality as t(ts, nm, ord) order by ord`,
      [applied.map((name) => Number(name.slice(-13))), applied],
    );
  }
  return { from: rows.length, to: instances.length, applied };
}
