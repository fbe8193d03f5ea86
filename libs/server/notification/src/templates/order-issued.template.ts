import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type OrderIssuedData = {
  name: string;
  tenantName: string;
  companyName: string;
  orderNumber: string;
  outletName: string;
  productName: string;
  title: string;
  quantity: number;
  amount: number;
  publishFrom: string;
  publishUntil: string;
  proofDeadline: string;
  inboxUrl: string;
};

const rupiah = (amount: number) => `Rp${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

/** A region ordered a publication (surat pesanan): the letter is in the inbox, to accept or decline. */
export function renderOrderIssued(data: OrderIssuedData, language: MailLanguage): RenderedMail {
  const window = data.publishFrom === data.publishUntil ? data.publishFrom : `${data.publishFrom} – ${data.publishUntil}`;
  const copy =
    language === 'id'
      ? {
          subject: `Surat pesanan ${data.orderNumber} dari ${data.tenantName}`,
          title: `Surat pesanan baru untuk ${data.outletName}`,
          lines: [
            `Yth. ${data.name}, ${data.tenantName} menerbitkan surat pesanan ${data.orderNumber} untuk ${data.companyName}.`,
            `${data.productName} × ${data.quantity}: "${data.title}", tayang ${window}, senilai ${rupiah(data.amount)}.`,
            `Terima atau tolak pesanan di kotak masuk Sinergi. Bukti tayang paling lambat ${data.proofDeadline}.`,
          ],
          action: 'Buka kotak masuk',
        }
      : {
          subject: `Order ${data.orderNumber} from ${data.tenantName}`,
          title: `A new order for ${data.outletName}`,
          lines: [
            `Dear ${data.name}, ${data.tenantName} issued order ${data.orderNumber} to ${data.companyName}.`,
            `${data.productName} × ${data.quantity}: "${data.title}", to publish ${window}, worth ${rupiah(data.amount)}.`,
            `Accept or decline it in your Sinergi inbox. The proof of publication is due by ${data.proofDeadline}.`,
          ],
          action: 'Open the inbox',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.inboxUrl}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.inboxUrl }),
  };
}
