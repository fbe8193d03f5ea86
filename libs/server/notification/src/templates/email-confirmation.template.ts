import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type EmailConfirmationData = { name: string; confirmUrl: string; validDays: number };

export function renderEmailConfirmation(data: EmailConfirmationData, language: MailLanguage): RenderedMail {
  const copy =
    language === 'id'
      ? {
          subject: 'Konfirmasi e-mail Anda di Sinergi',
          title: `Selamat datang, ${data.name}`,
          lines: [
            'Akun perusahaan pers Anda di Sinergi sudah dibuat. Satu langkah lagi: konfirmasi bahwa alamat e-mail ini milik Anda.',
            `Tautan berlaku ${data.validDays} hari dan hanya dapat dipakai sekali.`,
          ],
          action: 'Konfirmasi e-mail',
        }
      : {
          subject: 'Confirm your e-mail on Sinergi',
          title: `Welcome, ${data.name}`,
          lines: [
            "Your press company's account on Sinergi is ready. One more step: confirm that this address is yours.",
            `The link is valid for ${data.validDays} days and works once.`,
          ],
          action: 'Confirm the e-mail',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.confirmUrl}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.confirmUrl }),
  };
}
