import { getQueueToken } from '@nestjs/bull';
import { Logger, Provider } from '@nestjs/common';
import type { Queue } from 'bull';

const logger = new Logger('Queues');

/**
 * Listens to the queues' 'error' events. Without a listener, a Redis outage surfaces as an
 * unhandled 'error' event in whichever process registered the queue; the outbox keeps the work
 * safe meanwhile, so a log line is all an outage deserves here.
 */
export function queueErrorLogger(...names: string[]): Provider {
  return {
    provide: `sinergi:queue-error-logger:${names.join(',')}`,
    inject: names.map((name) => getQueueToken(name)),
    useFactory: (...queues: Queue[]) => {
      for (const queue of queues) queue.on('error', (error: Error) => logger.debug(`${queue.name}: ${error.message}`));
      return true;
    },
  };
}
