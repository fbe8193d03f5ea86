import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: a change that must send mail writes a row here in its own
 * transaction; the worker's relay moves rows into the queues. A rolled-back change sends nothing.
 */
export class PlatformOutbox1763900000001 implements MigrationInterface {
  name = 'PlatformOutbox1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table platform.outbox (
        id bigserial primary key,
        tenant_id uuid references platform.tenants (id) on delete cascade,
        kind varchar(40) not null,
        payload jsonb not null,
        status varchar(12) not null default 'pending' check (status in ('pending', 'queued', 'sent', 'failed')),
        attempts integer not null default 0,
        last_error text,
        created_at timestamptz not null default now(),
        queued_at timestamptz,
        finished_at timestamptz
      );
      create index outbox_pending_idx on platform.outbox (id) where status = 'pending';
      create index outbox_queued_idx on platform.outbox (tenant_id) where status = 'queued';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table platform.outbox');
  }
}
