import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type ClaimReturnedData = {
  name: string;
  companyName: string;
  tenantName: string;
  claimNumber: string;
  outletName: string;
  note: string;
  /** Who returned it (the step's label, e.g. "PPK"). */
  returnedBy: string;
  claimUrl: string;
};

/** A claim came back from the approval chain: fix it and resubmit, or cancel it. */
export function renderClaimReturned(data: ClaimReturnedData, language: MailLanguage): RenderedMail {
  const copy =
    language === 'id'
      ? {
          subject: `Tagihan ${data.claimNumber} dikembalikan oleh ${data.tenantName}`,
          title: `Tagihan dikembalikan: ${data.claimNumber}`,
          lines: [
            `Yth. ${data.name}, tagihan ${data.claimNumber} (${data.outletName}) dari ${data.companyName} dikembalikan oleh ${data.returnedBy} ${data.tenantName} dengan catatan:`,
            data.note,
            'Perbaiki sesuai catatan lalu ajukan kembali tagihan tersebut, atau batalkan agar bukti tayangnya dapat ditagihkan lagi.',
          ],
          action: 'Buka tagihan',
        }
      : {
          subject: `Claim ${data.claimNumber} returned by ${data.tenantName}`,
          title: `Claim returned: ${data.claimNumber}`,
          lines: [
            `Dear ${data.name}, claim ${data.claimNumber} (${data.outletName}) of ${data.companyName} was returned by ${data.returnedBy} of ${data.tenantName} with this note:`,
            data.note,
            'Correct it as noted and resubmit the claim, or cancel it so that its proofs can be claimed again.',
          ],
          action: 'Open the claim',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.claimUrl}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.claimUrl }),
  };
}
