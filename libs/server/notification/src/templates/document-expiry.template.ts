import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type DocumentExpiryData = {
  name: string;
  companyName: string;
  documentLabel: { id: string; en: string };
  documentNumber: string | null;
  expiresOn: string;
  daysLeft: number;
  dossierUrl: string;
};

/** 30, 7 and 1 days before a dossier document expires: renew it before a region rejects it. */
export function renderDocumentExpiry(data: DocumentExpiryData, language: MailLanguage): RenderedMail {
  const number = data.documentNumber ? ` (${data.documentNumber})` : '';
  const copy =
    language === 'id'
      ? {
          subject: `${data.documentLabel.id} ${data.companyName} berakhir dalam ${data.daysLeft} hari`,
          title: `Dokumen akan kedaluwarsa: ${data.documentLabel.id}`,
          lines: [
            `Yth. ${data.name}, dokumen ${data.documentLabel.id}${number} milik ${data.companyName} berlaku sampai ${data.expiresOn} (${data.daysLeft} hari lagi).`,
            'Unggah versi terbaru di dossier Anda agar permohonan dan kerja sama dengan pemerintah daerah tidak tertunda. Versi lama tetap tersimpan.',
          ],
          action: 'Buka dossier',
        }
      : {
          subject: `${data.documentLabel.en} of ${data.companyName} expires in ${data.daysLeft} day${data.daysLeft === 1 ? '' : 's'}`,
          title: `A document is about to expire: ${data.documentLabel.en}`,
          lines: [
            `Dear ${data.name}, the ${data.documentLabel.en}${number} of ${data.companyName} is valid until ${data.expiresOn} (${data.daysLeft} day${data.daysLeft === 1 ? '' : 's'} left).`,
            'Upload the new version to your dossier so that your applications and partnerships with regional governments are not held up. The old version stays on file.',
          ],
          action: 'Open the dossier',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.dossierUrl}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.dossierUrl }),
  };
}
