import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type ApprovalReminderData = {
  name: string;
  tenantName: string;
  /** What waits, e.g. "Tagihan TG-2026-0012 (PT Lampung Post Digital)". */
  subjectLabel: string;
  kindLabel: { id: string; en: string };
  stepLabel: string;
  /** The deadline as shown, e.g. "2026-11-24 15:00 WIB". */
  dueAt: string;
  overdue: boolean;
  /** Set when the reader holds the role by delegation (Plt./Plh.). */
  onBehalfOf: string | null;
  url: string;
};

/** To the holders of an approval step's role: once when it is due within a day, once when overdue. */
export function renderApprovalReminder(data: ApprovalReminderData, language: MailLanguage): RenderedMail {
  const copy =
    language === 'id'
      ? {
          subject: data.overdue
            ? `Lewat tenggat: persetujuan ${data.kindLabel.id} ${data.subjectLabel}`
            : `Tenggat besok: persetujuan ${data.kindLabel.id} ${data.subjectLabel}`,
          title: data.overdue ? 'Persetujuan melewati tenggat' : 'Persetujuan menunggu Anda',
          lines: [
            `Yth. ${data.name}, ${data.kindLabel.id} ${data.subjectLabel} di ${data.tenantName} menunggu keputusan pada tahap ${data.stepLabel}${data.onBehalfOf ? ` (sebagai Plt./Plh. ${data.onBehalfOf})` : ''}.`,
            data.overdue ? `Tenggat tahap ini ${data.dueAt} sudah lewat.` : `Tenggat tahap ini ${data.dueAt}.`,
            'Setujui atau kembalikan dengan catatan.',
          ],
          action: 'Buka persetujuan',
        }
      : {
          subject: data.overdue
            ? `Overdue: approval of ${data.kindLabel.en} ${data.subjectLabel}`
            : `Due tomorrow: approval of ${data.kindLabel.en} ${data.subjectLabel}`,
          title: data.overdue ? 'An approval is overdue' : 'An approval is waiting for you',
          lines: [
            `Dear ${data.name}, the ${data.kindLabel.en} ${data.subjectLabel} at ${data.tenantName} waits for a decision at the ${data.stepLabel} step${data.onBehalfOf ? ` (acting for ${data.onBehalfOf})` : ''}.`,
            data.overdue ? `This step was due ${data.dueAt}.` : `This step is due ${data.dueAt}.`,
            'Approve it or return it with a note.',
          ],
          action: 'Open the approval',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.url}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.url }),
  };
}
