import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@sinergi/server/core';
import type { Queue } from 'bull';
import { DossierExpiryReminders } from './expiry-reminders.service';

/** Every morning at 08:00 WIB (01:00 UTC); one repeatable job however many workers run. */
const DAILY_AT_EIGHT_WIB = '0 1 * * *';

/** Worker side: schedules the daily run and runs it. */
@Processor(QUEUES.platform)
@Injectable()
export class DossierExpiryReminderJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('DossierExpiryReminderJobs');

  constructor(
    @InjectQueue(QUEUES.platform) private readonly queue: Queue,
    private readonly reminders: DossierExpiryReminders,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queue.add(JOBS.dossierExpiryReminders, {}, { repeat: { cron: DAILY_AT_EIGHT_WIB }, jobId: JOBS.dossierExpiryReminders, removeOnComplete: 30 });
    } catch (error) {
      // Redis down at start: the worker still runs; the next start schedules it.
      this.logger.warn(`could not schedule the expiry reminders: ${(error as Error).message}`);
    }
  }

  @Process({ name: JOBS.dossierExpiryReminders, concurrency: 1 })
  run(): Promise<{ reminders: number; mails: number }> {
    return this.reminders.sendDue();
  }
}
