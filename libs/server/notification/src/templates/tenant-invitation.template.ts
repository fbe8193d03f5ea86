import type { MailLanguage, RenderedMail } from '../mail/mail-message';
import { htmlLayout } from './layout';

export type TenantInvitationData = {
  inviteeName: string;
  tenantName: string;
  roles: string[];
  acceptUrl: string;
  expiresAt: string;
};

// The default tenant roles, named as the web app names them.
const ROLE_LABELS: Record<string, { id: string; en: string }> = {
  admin: { id: 'Administrator', en: 'Administrator' },
  verifier: { id: 'Verifikator', en: 'Verifier' },
  'publication-operator': { id: 'Operator publikasi', en: 'Publication operator' },
  'approving-official': { id: 'Pejabat penyetuju', en: 'Approving official' },
  treasurer: { id: 'Bendahara', en: 'Treasurer' },
  auditor: { id: 'Auditor', en: 'Auditor' },
  owner: { id: 'Pemilik', en: 'Owner' },
  editor: { id: 'Editor', en: 'Editor' },
};

function roleList(roles: string[], language: MailLanguage): string {
  return roles.map((role) => ROLE_LABELS[role]?.[language] ?? role).join(', ');
}

function date(iso: string, language: MailLanguage): string {
  return new Date(iso).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  });
}

export function renderTenantInvitation(data: TenantInvitationData, language: MailLanguage): RenderedMail {
  const roles = roleList(data.roles, language);
  const until = date(data.expiresAt, language);
  const copy =
    language === 'id'
      ? {
          subject: `Undangan bergabung di Sinergi: ${data.tenantName}`,
          title: `Undangan untuk ${data.inviteeName}`,
          lines: [
            `Anda diundang bergabung dengan ${data.tenantName} di Sinergi sebagai ${roles}.`,
            `Buka tautan berikut untuk menerima undangan dan membuat kata sandi. Tautan berlaku sampai ${until} WIB dan hanya dapat dipakai sekali.`,
            'Jika Anda tidak merasa diundang, abaikan e-mail ini.',
          ],
          action: 'Terima undangan',
        }
      : {
          subject: `Invitation to join ${data.tenantName} on Sinergi`,
          title: `An invitation for ${data.inviteeName}`,
          lines: [
            `You are invited to join ${data.tenantName} on Sinergi as ${roles}.`,
            `Open the link below to accept and choose a password. It is valid until ${until} (WIB) and works once.`,
            'If you did not expect this, ignore this e-mail.',
          ],
          action: 'Accept the invitation',
        };
  return {
    subject: copy.subject,
    text: `${copy.title}\n\n${copy.lines.join('\n\n')}\n\n${copy.action}: ${data.acceptUrl}\n`,
    html: htmlLayout(copy.title, copy.lines, { label: copy.action, url: data.acceptUrl }),
  };
}
