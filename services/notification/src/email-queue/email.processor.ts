import { OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { DeliverySender } from '../deliveries/delivery-sender.js';
import { EMAIL_QUEUE, JOBS_IN_PARALLEL, type EmailJob } from './email-queue.js';

@Processor(EMAIL_QUEUE)
export class EmailProcessor {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(private readonly sender: DeliverySender) {}

  @Process({ concurrency: JOBS_IN_PARALLEL })
  send(job: Job<EmailJob>): Promise<void> {
    return this.sender.sendBatch(job);
  }

  /**
   * A job that will not run again (attempts used up, or stalled too often) would leave its claimed
   * deliveries in `sending` for ever: give them back to the dispatcher.
   */
  @OnQueueFailed()
  async failed(job: Job<EmailJob>, error: Error): Promise<void> {
    if (!(await job.isFailed())) return;
    this.logger.error(`email job ${job.id} failed for good (${error.message}); its emails are queued again`);
    await this.sender.release(String(job.id));
  }
}
