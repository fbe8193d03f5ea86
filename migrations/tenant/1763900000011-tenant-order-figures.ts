import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A running total kept by statement-level triggers: `changes` selects signed rows (+ for new rows,
 * - for old ones) from the transition tables; they are summed per key and added, in key order (so
 * concurrent writers lock total rows in one order), within the writer's own transaction.
 */
function totalsTrigger(options: {
  table: string;
  totals: string;
  fn: string;
  key: string[];
  /** Summed columns of the totals, each with the signed expression over a source row. */
  sums: Record<string, string>;
  /** Descriptive columns copied from the rows (the least value is kept, like min() over the rows). */
  labels?: string[];
  /** The rows of a table or transition table as the key sees them (for keys computed from columns). */
  rows?: (table: string) => string;
}): string {
  const labels = options.labels ?? [];
  const rows = options.rows ?? ((table: string) => table);
  const sums = Object.keys(options.sums);
  const columns = [...options.key, ...labels, ...sums];
  const signed = (table: string, sign: string) =>
    `select ${[...options.key, ...labels, ...sums.map((name) => `${sign}(${options.sums[name]}) as ${name}`)].join(', ')} from ${rows(table)}`;
  const upsert = (source: string) => `
          insert into ${options.totals} as t (${columns.join(', ')})
          select ${[...options.key, ...labels.map((l) => `min(${l})`), ...sums.map((s) => `sum(${s})`)].join(', ')}
            from (${source}) d
           group by ${options.key.join(', ')}
          having ${sums.map((s) => `sum(${s}) <> 0`).join(' or ')}
           order by ${options.key.join(', ')}
          on conflict (${options.key.join(', ')}) do update
            set ${[...sums.map((s) => `${s} = t.${s} + excluded.${s}`), ...labels.map((l) => `${l} = least(t.${l}, excluded.${l})`)].join(', ')};`;
  return `
      -- The tenant's schema is bound here (from the migration's search_path), so a write from any
      -- connection (a platform job qualifying the table) finds the totals.
      create function ${options.fn}() returns trigger language plpgsql set search_path from current as $$
      begin
        if tg_op = 'INSERT' then${upsert(signed('new_rows', '+'))}
        elsif tg_op = 'UPDATE' then${upsert(`${signed('new_rows', '+')} union all ${signed('old_rows', '-')}`)}
        else${upsert(signed('old_rows', '-'))}
        end if;
        return null;
      end $$;
      create trigger ${options.totals}_on_insert after insert on ${options.table}
        referencing new table as new_rows for each statement execute function ${options.fn}();
      create trigger ${options.totals}_on_update after update on ${options.table}
        referencing old table as old_rows new table as new_rows for each statement execute function ${options.fn}();
      create trigger ${options.totals}_on_delete after delete on ${options.table}
        referencing old table as old_rows for each statement execute function ${options.fn}();
      insert into ${options.totals} (${columns.join(', ')})
      select ${[...options.key, ...labels.map((l) => `min(${l})`), ...sums.map((s) => `sum(${options.sums[s]})`)].join(', ')}
        from ${rows(options.table)} group by ${options.key.join(', ')};`;
}

// Frozen as they are when this migration is written: orders not counted per outlet, and orders
// whose amount no longer holds budget (RELEASED_ORDER_STATUSES).
const NOT_COUNTED = `'declined', 'cancelled'`;
const RELEASED = `'declined', 'cancelled', 'locked'`;

/**
 * What the open-orders list and the dashboard need to stay fast at a year's volume (5,000 orders
 * and commitments per tenant), measured with npm run bench:orders:
 *
 * - The list's total and the ids of its page are answered from one covering index over the year
 *   and status (index-only: filters, sort keys and id), text search included: `search_text` is the
 *   lowercased number, title and outlet name, so one LIKE over the index replaces three ILIKEs over
 *   the heap. Only the page's rows are then read.
 * - The dashboard's sums (spend per outlet, the budget's committed and realised amounts, absorption
 *   by month) were aggregates over every order and commitment of the year on each request, 2-3 ms
 *   each even index-only. They now read running totals that triggers keep in the same transaction
 *   as every change, so the figures stay exact.
 */
export class TenantOrderFigures1763900000011 implements MigrationInterface {
  name = 'TenantOrderFigures1763900000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table orders add column search_text text generated always as (lower(number || ' ' || title || ' ' || outlet_name)) stored;
      create index orders_list_filter_idx on orders (fiscal_year, status)
        include (media_type, outlet_id, company_id, product_code, publish_from, publish_until, search_text, created_at, amount, number, id);
      -- Its leading columns and more: the old (year, status, created_at) index only cost writes and planning.
      drop index orders_year_status_idx;

      -- Per outlet, the three figures of spend per outlet (statuses frozen as they are now).
      create table order_outlet_totals (
        fiscal_year integer not null,
        outlet_id uuid not null,
        outlet_name text not null,
        media_type varchar(20) not null,
        all_orders integer not null,
        orders integer not null,
        committed bigint not null,
        paid bigint not null,
        primary key (fiscal_year, outlet_id)
      );
      ${totalsTrigger({
        table: 'orders',
        totals: 'order_outlet_totals',
        fn: 'order_outlet_totals_apply',
        key: ['fiscal_year', 'outlet_id'],
        labels: ['outlet_name', 'media_type'],
        sums: {
          all_orders: '1',
          orders: `case when status in (${NOT_COUNTED}) then 0 else 1 end`,
          committed: `case when status in (${RELEASED}, 'paid') then 0 else amount end`,
          paid: `case when status = 'paid' then amount else 0 end`,
        },
      })}

      -- realised_month: the month (1-12) of realised_on, 0 while there is none.
      create table budget_totals (
        fiscal_year integer not null,
        media_type varchar(20) not null,
        status varchar(10) not null,
        realised_month smallint not null,
        commitments integer not null,
        amount bigint not null,
        realised_amount bigint not null,
        primary key (fiscal_year, media_type, status, realised_month)
      );
    `);
    await queryRunner.query(
      totalsTrigger({
        table: 'budget_commitments',
        totals: 'budget_totals',
        fn: 'budget_totals_apply',
        key: ['fiscal_year', 'media_type', 'status', 'realised_month'],
        sums: { commitments: '1', amount: 'amount', realised_amount: 'coalesce(realised_amount, 0)' },
        rows: (table) => `(select *, coalesce(extract(month from realised_on), 0)::smallint as realised_month from ${table}) r`,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      drop table budget_totals, order_outlet_totals;
      drop function budget_totals_apply() cascade;
      drop function order_outlet_totals_apply() cascade;
      drop index orders_list_filter_idx;
      create index orders_year_status_idx on orders (fiscal_year, status, created_at desc);
      alter table orders drop column search_text;
    `);
  }
}
