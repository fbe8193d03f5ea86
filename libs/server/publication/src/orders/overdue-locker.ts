import { Injectable, Logger } from '@nestjs/common';
import { BudgetService } from '@sinergi/server/budget';
import { RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { OrderEntity } from '../entities/publication.entities';
import { isPastDeadline } from './deadline';
import { OrderService } from './order.service';
import { AWAITING_PROOF } from './order-transitions';

export const SYSTEM_ACTOR: RequestActor = { id: null, name: 'system:proof-deadline', ip: null };

/**
 * Orders whose proof deadline passed without a proof (none sent, or one returned and not sent
 * again) lock: they can no longer be claimed and their budget goes back to the pagu. A proof that
 * was submitted in time and waits for review is not locked.
 */
@Injectable()
export class OverdueLocker {
  private readonly logger = new Logger('OverdueLocker');

  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly registry: TenantRegistry,
    private readonly orders: OrderService,
    private readonly budget: BudgetService,
  ) {}

  /** Locks one order if it is past its deadline (in the current unit of work); true when it did. */
  async lockIfOverdue(order: OrderEntity, today: string = todayInJakarta()): Promise<boolean> {
    if (!(AWAITING_PROOF as readonly string[]).includes(order.status) || !isPastDeadline(order.proofDeadline, today)) return false;
    await this.orders.move(order, 'lock', SYSTEM_ACTOR, { proofDeadline: order.proofDeadline, today });
    await this.budget.release({ type: 'order', id: order.id });
    return true;
  }

  /** Every overdue order of the current tenant. */
  async lockDue(today: string = todayInJakarta()): Promise<number> {
    const due = await this.tenantDb
      .repository(OrderEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('o.status in (:...awaiting) and o.proof_deadline < :today', { awaiting: [...AWAITING_PROOF], today })
      .orderBy('o.proof_deadline', 'ASC')
      .getMany();
    let locked = 0;
    for (const order of due) if (await this.lockIfOverdue(order, today)) locked += 1;
    return locked;
  }

  /** The daily run over every active tenant, each in its own unit of work; one failing tenant does not stop the rest. */
  async lockDueEverywhere(today: string = todayInJakarta()): Promise<{ tenants: number; locked: number; failed: string[] }> {
    let locked = 0;
    let tenants = 0;
    const failed: string[] = [];
    for (const tenant of await this.registry.allHandles()) {
      if (tenant.status !== 'active') continue;
      tenants += 1;
      try {
        locked += await this.tenantDb.run(tenant.handle, () => this.lockDue(today));
      } catch (error) {
        failed.push(tenant.handle.slug);
        this.logger.error(`${tenant.handle.slug}: locking overdue orders failed: ${(error as Error).message}`);
      }
    }
    if (locked) this.logger.log(`${locked} order(s) locked past their proof deadline in ${tenants} tenant(s)`);
    return { tenants, locked, failed };
  }
}
