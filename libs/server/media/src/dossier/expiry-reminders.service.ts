import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOSSIER_DOCUMENT_LABELS, DossierDocumentType } from '@sinergi/contracts';
import { APP_CONFIG, AppConfig, todayInJakarta } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';
import { OutboxService } from '@sinergi/server/notification';
import { DataSource } from 'typeorm';

/** How many days before expiry the people of a company are reminded. */
export const EXPIRY_REMINDER_DAYS = [30, 7, 1] as const;

type Due = { version_id: string; company_id: string; legal_name: string; document_type: DossierDocumentType; number: string | null; expires_on: string; days_before: number };

/**
 * Reminders by mail before a dossier document expires, through the outbox: the reminder row and
 * its mails commit together, and a reminder is sent once per version and lead time however often
 * this runs (the worker runs it daily; a missed day is caught up, the nearest lead time wins).
 */
@Injectable()
export class DossierExpiryReminders {
  private readonly logger = new Logger('DossierExpiryReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly memberships: MembershipService,
    private readonly outbox: OutboxService,
  ) {}

  async sendDue(today: string = todayInJakarta()): Promise<{ reminders: number; mails: number }> {
    // Only each document's current version counts: a renewed document is not nagged about.
    const due = (await this.dataSource.query(
      `with current as (
         select distinct on (v.document_id) v.id, v.document_id, v.number, v.expires_on
           from platform.dossier_document_versions v order by v.document_id, v.version desc)
       select c.id as version_id, d.company_id, co.legal_name, d.document_type, c.number,
              to_char(c.expires_on, 'YYYY-MM-DD') as expires_on, lead.days as days_before
         from current c
         join platform.dossier_documents d on d.id = c.document_id
         join platform.media_companies co on co.id = d.company_id
         cross join lateral (
           select min(x) as days from unnest($2::int[]) x where c.expires_on - $1::date <= x) lead
        where c.expires_on is not null and c.expires_on >= $1::date and lead.days is not null
          and not exists (select 1 from platform.dossier_expiry_reminders r
                           where r.version_id = c.id and r.days_before <= lead.days)`,
      [today, [...EXPIRY_REMINDER_DAYS]],
    )) as Due[];
    let mails = 0;
    for (const reminder of due) {
      const people = (await this.memberships.companyMembers(reminder.company_id)).filter((p) => !p.invited);
      await this.dataSource.transaction(async (manager) => {
        const inserted = (await manager.query(
          `insert into platform.dossier_expiry_reminders (version_id, days_before) values ($1, $2) on conflict do nothing returning version_id`,
          [reminder.version_id, reminder.days_before],
        )) as unknown[];
        if (inserted.length === 0) return; // another run got there first
        const daysLeft = Math.round((Date.parse(reminder.expires_on) - Date.parse(today)) / 86_400_000);
        for (const person of people) {
          await this.outbox.enqueueMail(manager, null, {
            template: 'document-expiry',
            to: person.email,
            language: 'id',
            data: {
              name: person.name,
              companyName: reminder.legal_name,
              documentLabel: DOSSIER_DOCUMENT_LABELS[reminder.document_type],
              documentNumber: reminder.number,
              expiresOn: reminder.expires_on,
              daysLeft,
              // The media portal's dossier page comes with the web media portal; until then, the app's start page.
              dossierUrl: `${this.config.publicUrl}/`,
            },
          });
          mails += 1;
        }
      });
    }
    if (due.length) this.logger.log(`${due.length} expiry reminder(s), ${mails} mail(s)`);
    return { reminders: due.length, mails };
  }
}
