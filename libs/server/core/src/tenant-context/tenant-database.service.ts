import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PoolClient, QueryResult as PgResult } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError, QueryResult, QueryRunner, Repository } from 'typeorm';
import { AppException } from '../errors/app.exception';
import { NO_TENANT_SEARCH_PATH } from '../database/data-source-options';
import { isSafeIdentifier } from '../database/sql-identifier';
import { inlineParameters } from '../database/statement-batch';
import { withConnectionAffinity } from '../database/tenant-affine-pool';
import { TenantHandle } from './tenant-handle';

type TenantUnitOfWork = { tenant: TenantHandle; queryRunner: QueryRunner; afterCommit: (() => Promise<void> | void)[] };

/** What a unit of work sees: the tenant it runs for and the transaction's manager. */
export type TenantScope = {
  readonly tenant: Pick<TenantHandle, 'id' | 'slug'>;
  readonly manager: EntityManager;
  readonly queryRunner: QueryRunner;
};

const unitOfWork = new AsyncLocalStorage<TenantUnitOfWork>();

/**
 * The tenancy mechanism. Every piece of tenant data is read and written inside `run`, which opens a
 * transaction on the one shared pool and sets search_path and role transaction-locally: the settings
 * die with the transaction, so a pooled connection never carries a tenant over, and the tenant's own
 * database role keeps every other schema out of reach.
 */
@Injectable()
export class TenantDatabase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `readOnly`: the work only reads (a route that says so, see ReadsOnly). Its statements then need
   * no transaction held open between them: each statement, or those issued together (in the same
   * tick, e.g. under one Promise.all), goes with the tenant's settings in ONE message that PostgreSQL
   * runs as one implicit read-only transaction, so neither a begin nor a commit costs a round trip
   * (a one-query request: one round trip instead of two). Every statement still sees all that was
   * committed before it began, as under the read-committed transaction of a writing unit of work;
   * a write is refused by PostgreSQL. Ignored inside an open unit of work (it keeps its transaction).
   */
  async run<T>(tenant: TenantHandle, work: (scope: TenantScope) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
    const current = unitOfWork.getStore();
    if (current) {
      if (current.tenant.id !== tenant.id) {
        throw new Error(`A unit of work for ${current.tenant.slug} cannot open one for ${tenant.slug}`);
      }
      return work(this.scopeOf(current));
    }
    const queryRunner = this.dataSource.createQueryRunner();
    await withConnectionAffinity(tenant.id, () => queryRunner.connect());
    const transaction = options.readOnly ? readOnlyStatements(queryRunner, tenant) : beginOnFirstStatement(queryRunner, tenant);
    try {
      const store: TenantUnitOfWork = { tenant, queryRunner, afterCommit: [] };
      const result = await unitOfWork.run(store, () => work(this.scopeOf(store)));
      if (transaction.begun()) await queryRunner.commitTransaction();
      else transaction.close();
      // After the commit, what must not run before it: telling other instances to drop a cache.
      for (const callback of store.afterCommit) await Promise.resolve(callback()).catch(() => undefined);
      return result;
    } catch (error) {
      if (!transaction.begun()) transaction.close();
      else if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
  }

  /** The repository of a tenant entity in the current unit of work; refuses outside one. */
  repository<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
    return this.current().queryRunner.manager.getRepository(entity);
  }

  manager(): EntityManager {
    return this.current().queryRunner.manager;
  }

  /** Runs `callback` once the current unit of work has committed (never if it rolls back). */
  afterCommit(callback: () => Promise<void> | void): void {
    this.current().afterCommit.push(callback);
  }

  /** The tenant of the current unit of work (slug and id only), for logs and audit entries. */
  currentTenant(): Pick<TenantHandle, 'id' | 'slug'> {
    const { id, slug } = this.current().tenant;
    return { id, slug };
  }

  /** Runs `work` outside any unit of work: for background tasks that must not join a request's transaction. */
  outsideUnitOfWork<T>(work: () => T): T {
    return unitOfWork.exit(work);
  }

  isInTenantScope(): boolean {
    return unitOfWork.getStore() !== undefined;
  }

  private current(): TenantUnitOfWork {
    const store = unitOfWork.getStore();
    if (!store) throw new AppException('TENANT_CONTEXT_MISSING');
    return store;
  }

  private scopeOf(store: TenantUnitOfWork): TenantScope {
    return {
      tenant: { id: store.tenant.id, slug: store.tenant.slug },
      manager: store.queryRunner.manager,
      queryRunner: store.queryRunner,
    };
  }
}

/** Back from a tenant to the platform within the same transaction (provisioning only). */
export async function leaveTenant(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(LEAVE_TENANT_SQL);
}

/** leaveTenant's statement, for a script (see StatementBatch). */
export const LEAVE_TENANT_SQL = `select set_config('role', 'none', true), set_config('search_path', '${NO_TENANT_SEARCH_PATH}', true)`;

/**
 * Tells TypeORM that the runner's transaction is open when `start transaction` was sent inside a
 * script of ours rather than through startTransaction (so commit and rollback work as usual).
 */
export function markTransactionOpen(queryRunner: QueryRunner): void {
  const state = queryRunner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}

/**
 * Opens the unit of work's transaction with its first statement: `start transaction`, the tenant's
 * settings and that statement go in ONE simple-protocol message (its parameters written as literals,
 * see inlineParameters), since round trips dominate the cost of a small tenant request: a one-query
 * request costs two (that, then COMMIT) instead of three, and one answered from caches none. A first
 * statement that cannot be inlined gets begin and settings in a round trip of their own, before it.
 * The names are inlined only after passing the strict identifier check. TypeORM is told at once that
 * its transaction is open, so everything it sends goes through `query` below.
 */
function beginOnFirstStatement(queryRunner: QueryRunner, tenant: TenantHandle): { begun: () => boolean; close: () => void } {
  const begin = openingsOf(tenant).writing;
  const runner = queryRunner as QueryRunner & { databaseConnection: PoolClient };
  const prototypeQuery = runner.query as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  let begun = false;
  markTransactionOpen(queryRunner);
  runner.query = (async (sql: string, parameters?: unknown[], useStructuredResult?: boolean) => {
    // Only the first statement; whatever runs alongside or after it queues behind on the connection.
    delete (runner as { query?: unknown }).query;
    begun = true;
    const client = runner.databaseConnection;
    const inlined = inlineParameters(sql, parameters ?? []);
    if (inlined === null) {
      await client.query(begin).catch((error: Error) => Promise.reject(new QueryFailedError(begin, [], error)));
      return prototypeQuery.call(runner, sql, parameters, useStructuredResult);
    }
    const script = `${begin}; ${inlined}`;
    let results: PgResult[];
    try {
      results = (await client.query(script)) as unknown as PgResult[];
    } catch (error) {
      throw new QueryFailedError(sql, parameters, error as Error);
    }
    // The results of `start transaction` and of the tenant's settings come first.
    const own = results.slice(1 + ENTER_TENANT_STATEMENTS);
    return typeormResult(own.length === 1 ? own[0] : own, useStructuredResult === true);
  }) as QueryRunner['query'];
  return {
    begun: () => begun,
    close: () => markNoTransaction(queryRunner),
  };
}

/**
 * The statements of a read-only unit of work: those issued in the same tick are sent together in one
 * simple-protocol message after `set transaction read only` and the tenant's settings, which
 * PostgreSQL runs as one implicit transaction (its settings die with it; an error rolls it back), so
 * no begin or commit round trip is needed. Each statement gets its own result back; if one fails,
 * the later ones of its message do not run, and every statement of the message fails with its
 * error (the unit of work fails, as it would in a transaction). A statement whose parameters cannot
 * be inlined turns the rest of the unit of work into an explicit read-only transaction (committed
 * by run). TypeORM is told a transaction is open, so it never starts one of its own.
 */
function readOnlyStatements(queryRunner: QueryRunner, tenant: TenantHandle): { begun: () => boolean; close: () => void } {
  const settings = openingsOf(tenant).readOnly;
  const runner = queryRunner as QueryRunner & { databaseConnection: PoolClient };
  const prototypeQuery = runner.query as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  type Pending = { sql: string; structured: boolean; resolve: (value: unknown) => void; reject: (error: unknown) => void };
  let pending: Pending[] = [];
  let explicit: Promise<void> | null = null;
  markTransactionOpen(queryRunner);
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    // A newline before each `;` so that a statement ending in a `--` comment cannot swallow it.
    const script = `${settings};\n${batch.map((statement) => statement.sql).join('\n;\n')}`;
    runner.databaseConnection.query(script).then(
      (raw) => {
        const results = raw as unknown as PgResult[];
        // `set transaction read only` and the tenant's settings answer first.
        const first = 1 + ENTER_TENANT_STATEMENTS;
        if (!Array.isArray(results) || results.length !== batch.length + first) {
          const error = new QueryFailedError(script, [], new Error('a statement of a read-only unit of work must be exactly one statement'));
          for (const statement of batch) statement.reject(error);
          return;
        }
        batch.forEach((statement, i) => statement.resolve(typeormResult(results[i + first], statement.structured)));
      },
      (error: Error) => {
        const failed = new QueryFailedError(script, [], error);
        for (const statement of batch) statement.reject(failed);
      },
    );
  };
  runner.query = ((sql: string, parameters?: unknown[], useStructuredResult?: boolean) => {
    if (explicit) return explicit.then(() => prototypeQuery.call(runner, sql, parameters, useStructuredResult));
    const inlined = inlineParameters(sql, parameters ?? []);
    if (inlined === null) {
      flush(); // what was issued before goes first (pg sends a connection's queries in order)
      const begin = openingsOf(tenant).explicitReadOnly;
      explicit = runner.databaseConnection.query(begin).then(
        () => {
          delete (runner as { query?: unknown }).query;
        },
        (error: Error) => Promise.reject(new QueryFailedError(begin, [], error)),
      );
      return explicit.then(() => prototypeQuery.call(runner, sql, parameters, useStructuredResult));
    }
    return new Promise((resolve, reject) => {
      if (pending.push({ sql: inlined, structured: useStructuredResult === true, resolve, reject }) === 1) queueMicrotask(flush);
    });
  }) as QueryRunner['query'];
  return {
    begun: () => explicit !== null,
    close: () => markNoTransaction(queryRunner),
  };
}

/** Undoes markTransactionOpen and our `query` override: for a unit of work that never sent a statement. */
function markNoTransaction(queryRunner: QueryRunner): void {
  delete (queryRunner as { query?: unknown }).query;
  const state = queryRunner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = false;
  state.transactionDepth = 0;
}

/** What PostgresQueryRunner.query makes of pg's result (rows; [rows, count] for UPDATE/DELETE). */
function typeormResult(raw: PgResult | PgResult[] | undefined, structured: boolean): unknown {
  const result = new QueryResult();
  if (raw) {
    if (Object.prototype.hasOwnProperty.call(raw, 'rows')) result.records = (raw as PgResult).rows;
    if (Object.prototype.hasOwnProperty.call(raw, 'rowCount')) result.affected = (raw as PgResult).rowCount ?? undefined;
    const command = (raw as PgResult).command;
    result.raw = command === 'DELETE' || command === 'UPDATE' ? [(raw as PgResult).rows, (raw as PgResult).rowCount] : (raw as PgResult).rows;
    if (!structured) return result.raw;
  }
  return result;
}

/**
 * The statements that put an open transaction into a tenant, as plain SQL (names checked, then
 * inlined), to go first in a script: its schema first on the search_path and its role, both for
 * the transaction only (SET LOCAL). Plain SET statements rather than `select set_config(...)`: a SET
 * is not planned and answers no row, which on a one-query tenant read is a fifth of PostgreSQL's
 * work and the row the API would have parsed for nothing (bench:tenancy).
 */
export function enterTenantSql(tenant: Pick<TenantHandle, 'slug' | 'schema' | 'role'>): string {
  assertSafeNames(tenant);
  return `set local search_path = "${tenant.schema}"; set local role "${tenant.role}"`;
}

/** How many statements (results) enterTenantSql makes. */
const ENTER_TENANT_STATEMENTS = 2;

type Openings = { writing: string; readOnly: string; explicitReadOnly: string };
const openingsByTenant = new WeakMap<TenantHandle, Openings>();

/** The scripts that open a tenant's units of work, made once per handle (names checked once). */
function openingsOf(tenant: TenantHandle): Openings {
  let openings = openingsByTenant.get(tenant);
  if (!openings) {
    const enter = enterTenantSql(tenant);
    openings = { writing: `start transaction; ${enter}`, readOnly: `set transaction read only; ${enter}`, explicitReadOnly: `start transaction read only; ${enter}` };
    openingsByTenant.set(tenant, openings);
  }
  return openings;
}

function assertSafeNames(tenant: Pick<TenantHandle, 'slug' | 'schema' | 'role'>): void {
  if (!isSafeIdentifier(tenant.schema) || !isSafeIdentifier(tenant.role)) {
    throw new Error(`Tenant ${tenant.slug} has an unsafe schema or role name in the registry`);
  }
}

/**
 * Switches an open transaction into a tenant: its schema first on the search_path and its role,
 * both transaction-local (set_config(..., true) is SET LOCAL). One round trip.
 */
export async function enterTenant(queryRunner: QueryRunner, tenant: TenantHandle): Promise<void> {
  if (!queryRunner.isTransactionActive) throw new Error('enterTenant needs an open transaction');
  assertSafeNames(tenant);
  await queryRunner.query(`select set_config('search_path', $1, true), set_config('role', $2, true)`, [
    tenant.schema,
    tenant.role,
  ]);
}
