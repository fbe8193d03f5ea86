import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, JOBS, QUEUES } from '@sinergi/server/core';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';

export type MailJob = { outboxId: string; tenantId: string | null };

const BATCH = 200;

/**
 * Moves pending outbox rows into the mail queue: round-robin across tenants (the first message of
 * every tenant before the second of any), at most `outboxTenantInflightCap` of one tenant's
 * messages queued at a time. While Redis is down the rows simply wait.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.mail) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.outboxPollMs);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass; returns how many messages were queued. */
  async relayOnce(): Promise<number> {
    if (this.queue.client.status !== 'ready') return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `with inflight as (
           select tenant_id, count(*) as n from platform.outbox where status = 'queued' group by tenant_id
         ), ranked as (
           select o.id, o.tenant_id, row_number() over (partition by o.tenant_id order by o.id) as rn
           from platform.outbox o where o.status = 'pending'
         ), fair as (
           select r.id, r.rn from ranked r
           left join inflight i on i.tenant_id is not distinct from r.tenant_id
           where r.rn <= $1 - coalesce(i.n, 0)
           order by r.rn, r.id
           limit $2
         )
         select o.id::text as id, o.tenant_id as "tenantId" from platform.outbox o
         where o.id in (select id from fair) and o.status = 'pending'
         order by (select rn from fair where fair.id = o.id), o.id
         for update of o skip locked`,
        [this.config.outboxTenantInflightCap, BATCH],
      )) as { id: string; tenantId: string | null }[];
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((row) => ({
          name: JOBS.sendMail,
          data: { outboxId: row.id, tenantId: row.tenantId } satisfies MailJob,
          opts: {
            jobId: `outbox-${row.id}`,
            attempts: this.config.mailAttempts,
            backoff: { type: 'exponential', delay: this.config.mailRetryDelayMs },
            removeOnComplete: true,
            removeOnFail: 1000,
          },
        })),
      );
      await manager.query(`update platform.outbox set status = 'queued', queued_at = now() where id = any($1::bigint[])`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while ((await this.relayOnce()) === BATCH) {
        // a full batch: there may be more
      }
    } catch (error) {
      this.logger.warn(`relay pass failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
