import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { LinkCheckResult } from '@sinergi/contracts';
import { JOBS, QUEUES } from '@sinergi/server/core';
import type { Job, Queue } from 'bull';
import { LinkCheckService } from './link-check/link-check.service';
import { LinkCheckJob } from './orders/order-notices';
import { OverdueLocker } from './orders/overdue-locker';

/** Five past midnight WIB (17:05 UTC): the first minutes of the day after a deadline. */
const DAILY_AFTER_MIDNIGHT_WIB = '5 17 * * *';

/** Worker side of publication: the daily lock of overdue orders, and proof link checks. */
@Processor(QUEUES.publication)
@Injectable()
export class PublicationJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('PublicationJobs');

  constructor(
    @InjectQueue(QUEUES.publication) private readonly queue: Queue,
    private readonly locker: OverdueLocker,
    private readonly linkChecks: LinkCheckService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queue.add(JOBS.lockOverdueOrders, {}, { repeat: { cron: DAILY_AFTER_MIDNIGHT_WIB }, jobId: JOBS.lockOverdueOrders, removeOnComplete: 30 });
    } catch (error) {
      // Redis down at start: the worker still runs; the next start schedules it (proofs are also checked lazily).
      this.logger.warn(`could not schedule the overdue-order lock: ${(error as Error).message}`);
    }
  }

  @Process({ name: JOBS.lockOverdueOrders, concurrency: 1 })
  lockOverdue(): Promise<{ tenants: number; locked: number; failed: string[] }> {
    return this.locker.lockDueEverywhere();
  }

  @Process({ name: JOBS.proofLinkCheck, concurrency: 4 })
  linkCheck(job: Job<LinkCheckJob>): Promise<LinkCheckResult[] | null> {
    return this.linkChecks.run(job.data);
  }
}
