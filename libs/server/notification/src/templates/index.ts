import type { MailMessage, RenderedMail } from '../mail/mail-message';
import { ApprovalReminderData, renderApprovalReminder } from './approval-reminder.template';
import { ClaimPaidData, renderClaimPaid } from './claim-paid.template';
import { ClaimReturnedData, renderClaimReturned } from './claim-returned.template';
import { DocumentExpiryData, renderDocumentExpiry } from './document-expiry.template';
import { EmailConfirmationData, renderEmailConfirmation } from './email-confirmation.template';
import { OrderIssuedData, renderOrderIssued } from './order-issued.template';
import { PasswordResetData, renderPasswordReset } from './password-reset.template';
import { renderTenantInvitation, TenantInvitationData } from './tenant-invitation.template';

export type MailTemplateData = {
  'approval-reminder': ApprovalReminderData;
  'tenant-invitation': TenantInvitationData;
  'password-reset': PasswordResetData;
  'email-confirmation': EmailConfirmationData;
  'document-expiry': DocumentExpiryData;
  'claim-returned': ClaimReturnedData;
  'claim-paid': ClaimPaidData;
  'order-issued': OrderIssuedData;
};
export type MailTemplateName = keyof MailTemplateData;

/** Subject, text and HTML of a queued message, in its language. */
export function renderMessage(message: MailMessage): RenderedMail {
  switch (message.template) {
    case 'approval-reminder':
      return renderApprovalReminder(message.data, message.language);
    case 'tenant-invitation':
      return renderTenantInvitation(message.data, message.language);
    case 'password-reset':
      return renderPasswordReset(message.data, message.language);
    case 'email-confirmation':
      return renderEmailConfirmation(message.data, message.language);
    case 'document-expiry':
      return renderDocumentExpiry(message.data, message.language);
    case 'claim-returned':
      return renderClaimReturned(message.data, message.language);
    case 'claim-paid':
      return renderClaimPaid(message.data, message.language);
    case 'order-issued':
      return renderOrderIssued(message.data, message.language);
  }
}

/** After sending, secrets in the data (a link that logs someone in) are dropped from the outbox. */
export function scrubbedData(message: MailMessage): MailMessage {
  switch (message.template) {
    case 'approval-reminder':
      return message;
    case 'tenant-invitation':
      return { ...message, data: { ...message.data, acceptUrl: '(sent)' } };
    case 'password-reset':
      return { ...message, data: { ...message.data, resetUrl: '(sent)' } };
    case 'email-confirmation':
      return { ...message, data: { ...message.data, confirmUrl: '(sent)' } };
    case 'document-expiry':
      return message;
    case 'claim-returned':
    case 'claim-paid':
      return message;
    case 'order-issued':
      return message;
  }
}

export type { DocumentExpiryData, PasswordResetData, TenantInvitationData };
export type { ClaimPaidData, ClaimReturnedData };
export type { ApprovalReminderData };
export type { OrderIssuedData };
