import { OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JOBS, QUEUES } from '@sinergi/server/core';
import type { Job } from 'bull';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import type { MailJob } from '../outbox/outbox-relay.service';
import { scrubbedData } from '../templates';
import { MailSender } from './mail-sender.service';

/** A job that does not match its outbox row (another tenant, another message) is refused. */
export class MismatchedJobError extends Error {}

@Processor(QUEUES.mail)
export class MailProcessor {
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: MailSender,
  ) {}

  @Process({ name: JOBS.sendMail, concurrency: 4 })
  async send(job: Job<MailJob>): Promise<'sent' | 'already-sent'> {
    const outbox = this.dataSource.getRepository(OutboxMessageEntity);
    const row = await outbox.findOneBy({ id: job.data.outboxId });
    if (!row || row.tenantId !== (job.data.tenantId ?? null)) {
      await job.discard();
      throw new MismatchedJobError(`job ${job.id} does not match outbox message ${job.data.outboxId}`);
    }
    if (row.status === 'sent') return 'already-sent';
    await this.sender.send(row.payload);
    await outbox.update(
      { id: row.id },
      { status: 'sent', finishedAt: new Date(), attempts: job.attemptsMade + 1, lastError: null, payload: scrubbedData(row.payload) },
    );
    return 'sent';
  }

  /** Every failed attempt is recorded; after the last one the message is visibly failed. */
  @OnQueueFailed()
  async failed(job: Job<MailJob>, error: Error): Promise<void> {
    if (error instanceof MismatchedJobError) {
      this.logger.error(error.message);
      return;
    }
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    await this.dataSource
      .getRepository(OutboxMessageEntity)
      .update(
        { id: job.data.outboxId, status: 'queued' },
        { attempts: job.attemptsMade, lastError: error.message, ...(final ? { status: 'failed', finishedAt: new Date() } : {}) },
      )
      .catch(() => undefined);
    if (final) this.logger.error(`mail ${job.data.outboxId} failed for good after ${job.attemptsMade} attempts: ${error.message}`);
  }
}
