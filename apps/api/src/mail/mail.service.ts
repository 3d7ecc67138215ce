import { Inject, Injectable } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Logged instead of the subject line's details, e.g. 'invitation'. */
  kind: string;
  attachments?: MailAttachment[];
  /** A calendar invitation shown inline by mail clients (text/calendar; method=...). */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/**
 * With SMTP_URL mail goes out over SMTP; without it every mail is written as an .eml file to
 * .data/outbox/, so developers (and the end-to-end tests) can open invitation links.
 * Logs name the kind and the file, never the body: bodies carry single-use links.
 */
@Injectable()
export class MailService {
  private transport: Promise<Transporter> | null = null;
  private readonly toOutbox: boolean;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.toOutbox = !config.smtpUrl;
  }

  /** nodemailer is loaded with the first mail (a few MiB less in every idle api process). */
  private transporter(): Promise<Transporter> {
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      this.config.smtpUrl ? nodemailer.createTransport(this.config.smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
    );
    return this.transport;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const transport = await this.transporter();
    const info = await transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      icalEvent: mail.calendar ? { method: mail.calendar.method, content: mail.calendar.content, filename: 'uitnodiging.ics' } : undefined,
    });
    if (this.toOutbox) {
      await fs.mkdir(this.config.outboxDir, { recursive: true });
      const file = path.join(this.config.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.kind}-${randomBytes(3).toString('hex')}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      this.logger.info({ kind: mail.kind, file: path.relative(process.cwd(), file) }, 'mail written to outbox');
    } else {
      this.logger.info({ kind: mail.kind, messageId: info.messageId }, 'mail sent');
    }
  }
}
