import type { MailTemplateName, MailTemplateData } from '../templates';

export type MailLanguage = 'id' | 'en';

/** What is queued: a template and its data, rendered only when sent. */
export type MailMessage = {
  [K in MailTemplateName]: { template: K; to: string; language: MailLanguage; data: MailTemplateData[K] };
}[MailTemplateName];

export type RenderedMail = { subject: string; text: string; html: string };
