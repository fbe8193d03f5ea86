import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type ClaimPaidData = {
  name: string;
  companyName: string;
  tenantName: string;
  claimNumber: string;
  sp2dNumber: string;
  /** YYYY-MM-DD */
  sp2dDate: string;
  /** Net amount transferred, formatted ("Rp1.059.459"). */
  amount: string;
  claimUrl: string;
};

/** The treasurer recorded the payment (SP2D): the kwitansi and BA pembayaran are ready. */
export function renderClaimPaid(data: ClaimPaidData, language: MailLanguage): RenderedMail {
  const copy =
    language === 'id'
      ? {
          subject: `Tagihan ${data.claimNumber} telah dibayar`,
          title: `Tagihan dibayar: ${data.claimNumber}`,
          lines: [
            `Yth. ${data.name}, ${data.tenantName} telah membayar tagihan ${data.claimNumber} dari ${data.companyName} sebesar ${data.amount} dengan SP2D nomor ${data.sp2dNumber} tanggal ${data.sp2dDate}.`,
            'Kwitansi dan berita acara pembayaran dapat diunduh dari halaman tagihan.',
          ],
          action: 'Buka tagihan',
        }
      : {
          subject: `Claim ${data.claimNumber} has been paid`,
          title: `Claim paid: ${data.claimNumber}`,
          lines: [
            `Dear ${data.name}, ${data.tenantName} has paid claim ${data.claimNumber} of ${data.companyName}: ${data.amount} by SP2D ${data.sp2dNumber} of ${data.sp2dDate}.`,
            'The receipt (kwitansi) and the payment minutes can be downloaded from the claim.',
          ],
          action: 'Open the claim',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.claimUrl}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.claimUrl }),
  };
}
