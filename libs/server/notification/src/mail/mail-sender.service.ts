import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@sinergi/server/core';
import { createTransport, Transporter } from 'nodemailer';
import { renderMessage } from '../templates';
import type { MailMessage } from './mail-message';

/** Renders a queued message and hands it to the configured SMTP server. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.smtpUrl, { from: config.mailFrom });
  }

  async send(message: MailMessage): Promise<void> {
    const rendered = renderMessage(message);
    await this.transport.sendMail({ to: message.to, subject: rendered.subject, text: rendered.text, html: rendered.html });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
