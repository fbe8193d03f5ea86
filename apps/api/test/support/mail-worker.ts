import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import {
  MailProcessor,
  MailSender,
  NotificationModule,
  OutboxRelay,
} from '@sinergi/server/notification';
import { SERVER_ENTITIES } from '@sinergi/server/entities';

/**
 * The worker's mail half (outbox relay, sender, processor), as apps/worker wires it, in-process.
 * `relayOnly` leaves the queued jobs unprocessed (to look at what the relay chose).
 */
export async function startMailWorker(config: AppConfig, options: { relayOnly?: boolean } = {}): Promise<INestApplicationContext> {
  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(SERVER_ENTITIES, 'sinergi-test-worker'), RedisModule, QueueModule, NotificationModule],
    providers: options.relayOnly ? [OutboxRelay] : [OutboxRelay, MailSender, MailProcessor],
  })
  class MailWorkerModule {}
  return NestFactory.createApplicationContext(MailWorkerModule, { logger: ['error'] });
}
