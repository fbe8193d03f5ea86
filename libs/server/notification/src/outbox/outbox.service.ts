import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MailMessage } from '../mail/mail-message';
import { OutboxMessageEntity } from './outbox-message.entity';

/**
 * Writes messages into the outbox inside the caller's transaction: they leave only if the change
 * that caused them commits, and nothing is lost while Redis or the mail server is down.
 */
@Injectable()
export class OutboxService {
  async enqueueMail(manager: EntityManager, tenantId: string | null, message: MailMessage): Promise<void> {
    await manager.getRepository(OutboxMessageEntity).insert({
      tenantId,
      kind: 'mail',
      payload: message,
      status: 'pending',
      attempts: 0,
    });
  }
}
