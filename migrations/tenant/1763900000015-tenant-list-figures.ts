import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the open-orders list and the dashboard still paid for on every request at a year's volume
 * (5,000 orders per tenant), measured with npm run bench:orders:
 *
 * - The list's total, for the filters the list is mostly opened with (year, statuses, media type),
 *   was a count over up to a few thousand index entries. It now reads running totals per year,
 *   status and media type (a few dozen rows) that statement-level triggers keep in the writer's
 *   transaction, as order_outlet_totals is kept (1763900000011): exact. Any other filter still counts.
 * - The dashboard's overdue proofs (locked, or awaiting a proof past its deadline: their count and the
 *   first page, longest overdue first) were two bitmap heap scans over a few hundred heap pages. A
 *   partial index over those statuses, in page order and covering the page's columns, answers both
 *   from the index alone and stops after the page.
 * - Approvals waiting per official: the partial index of waiting steps now covers their deadline too
 *   (index-only), replacing the one without it.
 */
export class TenantListFigures1763900000015 implements MigrationInterface {
  name = 'TenantListFigures1763900000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table order_status_totals (
        fiscal_year integer not null,
        status varchar(20) not null,
        media_type varchar(20) not null,
        orders integer not null,
        primary key (fiscal_year, status, media_type)
      );
      create function order_status_totals_apply() returns trigger language plpgsql set search_path from current as $$
      begin
        if tg_op = 'INSERT' then
          insert into order_status_totals as t (fiscal_year, status, media_type, orders)
          select fiscal_year, status, media_type, count(*) from new_rows group by 1, 2, 3 order by 1, 2, 3
          on conflict (fiscal_year, status, media_type) do update set orders = t.orders + excluded.orders;
        elsif tg_op = 'UPDATE' then
          insert into order_status_totals as t (fiscal_year, status, media_type, orders)
          select fiscal_year, status, media_type, sum(n) from (
                   select fiscal_year, status, media_type, 1 as n from new_rows
                   union all
                   select fiscal_year, status, media_type, -1 from old_rows) d
           group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
          on conflict (fiscal_year, status, media_type) do update set orders = t.orders + excluded.orders;
        else
          insert into order_status_totals as t (fiscal_year, status, media_type, orders)
          select fiscal_year, status, media_type, -count(*) from old_rows group by 1, 2, 3 order by 1, 2, 3
          on conflict (fiscal_year, status, media_type) do update set orders = t.orders + excluded.orders;
        end if;
        return null;
      end $$;
      create trigger order_status_totals_on_insert after insert on orders
        referencing new table as new_rows for each statement execute function order_status_totals_apply();
      create trigger order_status_totals_on_update after update on orders
        referencing old table as old_rows new table as new_rows for each statement execute function order_status_totals_apply();
      create trigger order_status_totals_on_delete after delete on orders
        referencing old table as old_rows for each statement execute function order_status_totals_apply();
      insert into order_status_totals (fiscal_year, status, media_type, orders)
      select fiscal_year, status, media_type, count(*) from orders group by 1, 2, 3;

      -- Frozen as they are when this migration is written: locked, and awaiting a proof (AWAITING_PROOF).
      create index orders_late_idx on orders (fiscal_year, proof_deadline, id)
        include (status, number, outlet_id, outlet_name, media_type, amount)
        where status in ('locked', 'issued', 'accepted', 'proof-returned');

      create index approval_instances_waiting_due_idx on approval_instances (step_role, step_since) include (due_at) where status = 'in-progress';
      drop index approval_instances_waiting_idx;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create index approval_instances_waiting_idx on approval_instances (step_role, step_since) where status = 'in-progress';
      drop index approval_instances_waiting_due_idx;
      drop index orders_late_idx;
      drop table order_status_totals;
      drop function order_status_totals_apply() cascade;
    `);
  }
}
