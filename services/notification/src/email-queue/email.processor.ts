import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { DeliveriesService } from '../deliveries/deliveries.service.js';
import { EMAIL_QUEUE, type EmailJob } from './email-queue.js';

@Processor(EMAIL_QUEUE)
export class EmailProcessor {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Process({ concurrency: 20 })
  send(job: Job<EmailJob>): Promise<void> {
    return this.deliveries.send(job);
  }
}
