import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '@sinergi/server/core';
import type { Queue } from 'bull';
import { ApprovalReminders } from './approval-reminders.service';

export const APPROVAL_REMINDERS_JOB = 'approval-reminders';
/** At minute 5 of every hour; one repeatable job however many workers run. */
const HOURLY = '5 * * * *';

/** Worker side: schedules the hourly run over all active tenants and runs it. */
@Processor(QUEUES.platform)
@Injectable()
export class ApprovalReminderJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('ApprovalReminderJobs');

  constructor(
    @InjectQueue(QUEUES.platform) private readonly queue: Queue,
    private readonly reminders: ApprovalReminders,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queue.add(APPROVAL_REMINDERS_JOB, {}, { repeat: { cron: HOURLY }, jobId: APPROVAL_REMINDERS_JOB, removeOnComplete: 48 });
    } catch (error) {
      // Redis down at start: the worker still runs; the next start schedules it.
      this.logger.warn(`could not schedule the approval reminders: ${(error as Error).message}`);
    }
  }

  @Process({ name: APPROVAL_REMINDERS_JOB, concurrency: 1 })
  run(): Promise<{ tenants: number; reminders: number; mails: number }> {
    return this.reminders.sendDue();
  }
}
