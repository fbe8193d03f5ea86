import type { MailMessage, RenderedMail } from '../mail/mail-message';
import { renderTenantInvitation, TenantInvitationData } from './tenant-invitation.template';

export type MailTemplateData = {
  'tenant-invitation': TenantInvitationData;
};
export type MailTemplateName = keyof MailTemplateData;

/** Subject, text and HTML of a queued message, in its language. */
export function renderMessage(message: MailMessage): RenderedMail {
  switch (message.template) {
    case 'tenant-invitation':
      return renderTenantInvitation(message.data, message.language);
  }
}

/** After sending, secrets in the data (a link that logs someone in) are dropped from the outbox. */
export function scrubbedData(message: MailMessage): MailMessage {
  switch (message.template) {
    case 'tenant-invitation':
      return { ...message, data: { ...message.data, acceptUrl: '(sent)' } };
  }
}

export type { TenantInvitationData };
