import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { MailTransport } from '../mail/mail-transport.js';
import { EMAIL_QUEUE, type EmailJob } from './email-queue.js';

@Processor(EMAIL_QUEUE)
export class EmailProcessor {
  constructor(private readonly transport: MailTransport) {}

  @Process({ concurrency: 10 })
  async send(job: Job<EmailJob>): Promise<void> {
    await this.transport.send(job.data);
  }
}
