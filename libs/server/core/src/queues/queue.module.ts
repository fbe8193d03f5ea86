import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/** Queue names and options live here, once, for the API (producers) and the worker (consumers). */
export const QUEUES = {
  /** Platform-wide work: fleet migrations. */
  platform: 'platform',
  /** Outgoing mail, fed by the outbox relay. */
  mail: 'mail',
  /** Publication work: proof link checks, locking orders past their proof deadline. */
  publication: 'publication',
} as const;

export const JOBS = {
  fleetMigrate: 'fleet-migrate',
  sendMail: 'send-mail',
  dossierExpiryReminders: 'dossier-expiry-reminders',
  proofLinkCheck: 'proof-link-check',
  lockOverdueOrders: 'lock-overdue-orders',
} as const;

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        redis: config.redisUrl,
        prefix: config.redisPrefix,
        defaultJobOptions: { removeOnComplete: 100, removeOnFail: 500 },
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
