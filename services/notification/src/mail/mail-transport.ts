import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { startMailCatcher, type MailCatcher } from '@evkin/mail-catcher';
import type { CapturedMail } from '@evkin/contracts';
import { NOTIFICATION_ENV, type NotificationEnv } from '../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Becomes the Message-ID, so a resend of the same job is recognisable downstream. */
  messageId: string;
}

/**
 * The only place that speaks SMTP. Pooled connections (the SMTP greeting is paid once per
 * connection, not per email). Without SMTP_URL outside production, an embedded catcher takes
 * the mail so `npm start` needs no mail server.
 */
@Injectable()
export class MailTransport implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private transporter: Transporter | undefined;
  private catcher: MailCatcher | undefined;

  constructor(@Inject(NOTIFICATION_ENV) private readonly env: NotificationEnv) {}

  async onModuleInit(): Promise<void> {
    let url = this.env.SMTP_URL;
    if (!url) {
      this.catcher = await startMailCatcher({ port: this.env.MAIL_CATCHER_PORT });
      url = this.catcher.url;
      this.logger.log(`no SMTP_URL: mail goes to the embedded catcher on port ${this.catcher.port}`);
    }
    this.transporter = nodemailer.createTransport(
      `${url}${url.includes('?') ? '&' : '?'}pool=true&maxConnections=10&maxMessages=1000`,
    );
  }

  async send(mail: OutgoingMail): Promise<void> {
    // Composed into one buffer first: streamed, a message reaches the socket as dozens of small
    // writes (one per encoded line group), and on the 2-core machine those system calls cost more
    // than composing. As one buffer it goes out in one.
    const raw = await new MailComposer({
      from: this.env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    })
      .compile()
      .build();
    await this.transporter!.sendMail({ envelope: { from: this.env.MAIL_FROM, to: [mail.to] }, raw });
  }

  /** Captured mail, when the embedded catcher is in use; `undefined` with a real SMTP server. */
  captured(): CapturedMail[] | undefined {
    return this.catcher?.messages();
  }

  async onApplicationShutdown(): Promise<void> {
    this.transporter?.close();
    await this.catcher?.close();
  }
}
