import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type PasswordResetData = { name: string; resetUrl: string; validMinutes: number };

export function renderPasswordReset(data: PasswordResetData, language: MailLanguage): RenderedMail {
  const copy =
    language === 'id'
      ? {
          subject: 'Atur ulang kata sandi Sinergi',
          title: `Halo ${data.name}`,
          lines: [
            'Kami menerima permintaan untuk mengatur ulang kata sandi akun Sinergi Anda.',
            `Buka tautan berikut dalam ${data.validMinutes} menit untuk membuat kata sandi baru. Tautan hanya dapat dipakai sekali.`,
            'Jika Anda tidak memintanya, abaikan e-mail ini: kata sandi Anda tidak berubah.',
          ],
          action: 'Atur ulang kata sandi',
        }
      : {
          subject: 'Reset your Sinergi password',
          title: `Hello ${data.name}`,
          lines: [
            'We received a request to reset the password of your Sinergi account.',
            `Open the link below within ${data.validMinutes} minutes to choose a new password. It works once.`,
            'If you did not ask for this, ignore this e-mail: your password stays as it is.',
          ],
          action: 'Reset the password',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.resetUrl}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.resetUrl }),
  };
}
