import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { QUEUES, queueErrorLogger } from '@sinergi/server/core';
import { OutboxService } from './outbox/outbox.service';

/** The outbox (for every module that must send mail). The relay and the sender run in the worker. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.mail })],
  providers: [OutboxService, queueErrorLogger(QUEUES.mail)],
  exports: [OutboxService, BullModule],
})
export class NotificationModule {}
