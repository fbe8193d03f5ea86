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

  /**
   * From inside a tenant's unit of work: the mail commits or rolls back with the tenant's change.
   * The tenant's database role may only insert (no RETURNING, which would need to read), and the
   * database stamps the row with that tenant.
   */
  async enqueueTenantMail(tenantManager: EntityManager, message: MailMessage): Promise<void> {
    await tenantManager.query(`insert into platform.outbox (kind, payload) values ('mail', $1)`, [JSON.stringify(message)]);
  }
}
