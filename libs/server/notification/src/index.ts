export { NotificationModule } from './notification.module';
export { OutboxService } from './outbox/outbox.service';
export { OutboxRelay } from './outbox/outbox-relay.service';
export type { MailJob } from './outbox/outbox-relay.service';
export { OutboxMessageEntity } from './outbox/outbox-message.entity';
export type { OutboxStatus } from './outbox/outbox-message.entity';
export { MailProcessor, MismatchedJobError } from './mail/mail.processor';
export { MailSender } from './mail/mail-sender.service';
export type { MailMessage, MailLanguage, RenderedMail } from './mail/mail-message';
export { renderMessage } from './templates';

import { OutboxMessageEntity } from './outbox/outbox-message.entity';
export const NOTIFICATION_ENTITIES = [OutboxMessageEntity];
