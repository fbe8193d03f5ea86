import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ApprovalInstanceStep, ApprovalKind } from '@sinergi/contracts';
import { APP_CONFIG, AppConfig, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { OutboxService } from '@sinergi/server/notification';
import { ResolvedTenant, TenantRegistry } from '@sinergi/server/tenancy';
import { ApprovalWorkflow } from '../instances/approval-workflow.service';

const HOUR_MS = 3_600_000;
/** A step is "due soon" within this long before its deadline. */
export const DUE_SOON_MS = 24 * HOUR_MS;

const KIND_LABELS: Record<ApprovalKind, { id: string; en: string }> = {
  claim: { id: 'tagihan', en: 'claim' },
  order: { id: 'surat pesanan', en: 'order' },
  agreement: { id: 'perjanjian kerja sama', en: 'agreement' },
};

type Due = { id: string; kind: ApprovalKind; subject_label: string; round: number; step: ApprovalInstanceStep; due_at: Date };

/** "2026-11-24 15:00 WIB" */
function wib(at: Date): string {
  return `${new Date(at.getTime() + 7 * HOUR_MS).toISOString().slice(0, 16).replace('T', ' ')} WIB`;
}

/**
 * Deadline reminders of approval steps: once when a step is due within 24 hours, once when it is
 * overdue (only the overdue one if the first was never sent), per instance, round and step, to the
 * members holding the step's role and the people it is delegated to that day. The reminder's row
 * and its mails (the outbox) are written in the tenant's one transaction: sent exactly once.
 */
@Injectable()
export class ApprovalReminders {
  private readonly logger = new Logger('ApprovalReminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDatabase,
    private readonly registry: TenantRegistry,
    private readonly workflow: ApprovalWorkflow,
    private readonly outbox: OutboxService,
  ) {}

  /** Every active tenant in turn; one tenant's failure (e.g. not migrated yet) does not stop the others. */
  async sendDue(now: Date = new Date()): Promise<{ tenants: number; reminders: number; mails: number }> {
    const tenants = (await this.registry.allHandles()).filter((tenant) => tenant.status === 'active');
    const total = { tenants: tenants.length, reminders: 0, mails: 0 };
    for (const tenant of tenants) {
      try {
        const sent = await this.sendDueFor(tenant, now);
        total.reminders += sent.reminders;
        total.mails += sent.mails;
      } catch (error) {
        this.logger.warn(`approval reminders of ${tenant.handle.slug} failed: ${(error as Error).message}`);
      }
    }
    if (total.reminders) this.logger.log(`${total.reminders} approval reminder(s), ${total.mails} mail(s)`);
    return total;
  }

  /** One tenant, in its unit of work, as of `now`. */
  async sendDueFor(tenant: ResolvedTenant, now: Date): Promise<{ reminders: number; mails: number }> {
    return this.tenantDb.run(tenant.handle, async ({ manager }) => {
      const due = (await manager.query(
        `select i.id, i.kind, i.subject_label, i.round, i.steps -> i.step_index as step, i.due_at
           from approval_instances i
          where i.status = 'in-progress' and i.due_at <= $1
            and not exists (select 1 from approval_reminders r
                             where r.instance_id = i.id and r.round = i.round and r.step_key = i.steps -> i.step_index ->> 'key'
                               and (r.reminder = 'overdue' or i.due_at > $2))
          order by i.due_at`,
        [new Date(now.getTime() + DUE_SOON_MS), now],
      )) as Due[];
      if (due.length === 0) return { reminders: 0, mails: 0 };
      const holders = await this.workflow.holdersOf([...new Set(due.map((d) => d.step.role))], todayInJakarta(now));
      let reminders = 0;
      let mails = 0;
      for (const item of due) {
        const dueAt = new Date(item.due_at);
        const reminder = dueAt.getTime() <= now.getTime() ? 'overdue' : 'due-soon';
        const people = holders.get(item.step.role) ?? [];
        const claimed = (await manager.query(
          `insert into approval_reminders (instance_id, round, step_key, reminder, recipients) values ($1, $2, $3, $4, $5)
           on conflict do nothing returning instance_id`,
          [item.id, item.round, item.step.key, reminder, people.length],
        )) as unknown[];
        if (claimed.length === 0) continue; // another run got there first
        reminders += 1;
        if (people.length === 0) continue;
        // In the same transaction as the reminder's record: sent exactly once.
        for (const person of people) {
            await this.outbox.enqueueTenantMail(manager, {
              template: 'approval-reminder',
              to: person.email,
              language: 'id',
              data: {
                name: person.name,
                tenantName: tenant.name,
                subjectLabel: item.subject_label,
                kindLabel: KIND_LABELS[item.kind],
                stepLabel: item.step.label,
                dueAt: wib(dueAt),
                overdue: reminder === 'overdue',
                onBehalfOf: person.delegatedBy,
                url: `${this.config.publicUrl}/t/${tenant.handle.slug}`,
              },
            });
        }
        mails += people.length;
      }
      return { reminders, mails };
    });
  }
}
