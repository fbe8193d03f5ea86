import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JOBS, QUEUES, TenantDatabase } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';
import { OutboxService } from '@sinergi/server/notification';
import { TenantRegistry } from '@sinergi/server/tenancy';
import type { Queue } from 'bull';
import { OrderEntity } from '../entities/publication.entities';

/** What a link check job carries: the tenant by slug, the order, and the proof round it checks. */
export type LinkCheckJob = { tenant: string; orderId: string; round: number };

/**
 * What leaves the tenant about an order: mail to the press company's people (into the outbox, in
 * the order's transaction) and, once committed, link check jobs. Nothing leaves for a rollback.
 */
@Injectable()
export class OrderNotices {
  private readonly logger = new Logger('OrderNotices');

  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly memberships: MembershipService,
    private readonly outbox: OutboxService,
    private readonly registry: TenantRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.publication) private readonly queue: Queue<LinkCheckJob>,
  ) {}

  /** Mail to the press company's people, in the order's own transaction: both commit or neither. */
  async orderIssued(order: OrderEntity): Promise<void> {
    const tenant = this.tenantDb.currentTenant();
    const [people, resolved] = await Promise.all([this.memberships.companyMembers(order.companyId), this.registry.resolve(tenant.slug)]);
    for (const person of people.filter((p) => !p.invited)) {
      await this.outbox.enqueueTenantMail(this.tenantDb.manager(), {
        template: 'order-issued',
        to: person.email,
        language: 'id',
        data: {
          name: person.name,
          tenantName: resolved?.name ?? tenant.slug,
          companyName: order.companyName,
          orderNumber: order.number,
          outletName: order.outletName,
          productName: order.productName,
          title: order.title,
          quantity: order.quantity,
          amount: order.amount,
          publishFrom: order.publishFrom,
          publishUntil: order.publishUntil,
          proofDeadline: order.proofDeadline,
          inboxUrl: `${this.config.publicUrl}/media/${order.companyId}/orders`,
        },
      });
    }
  }

  /** Queues the check of a proof's links once the proof is committed. */
  linkCheck(orderId: string, round: number): void {
    const tenant = this.tenantDb.currentTenant();
    this.tenantDb.afterCommit(async () => {
      try {
        await this.queue.add(JOBS.proofLinkCheck, { tenant: tenant.slug, orderId, round }, { attempts: 2, backoff: 10_000, removeOnComplete: 200, removeOnFail: 200 });
      } catch (error) {
        this.logger.warn(`order ${orderId} (${tenant.slug}): link check not queued (re-run it from the order): ${(error as Error).message}`);
      }
    });
  }
}
