import { InjectQueue } from '@nestjs/bull';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bull';
import type { EvkinEvent } from '@evkin/contracts';
import { EventConsumer } from '@evkin/platform';
import { EMAIL_JOB_OPTIONS, EMAIL_QUEUE, type EmailJob } from '../email-queue/email-queue.js';
import { renderInvitation } from './invitation-email.js';

/** `evaluation.invited` → one invitation email job, keyed by the event id so a redelivery adds none. */
@Injectable()
export class InvitationHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    @InjectQueue(EMAIL_QUEUE) private readonly queue: Queue<EmailJob>,
  ) {}

  onModuleInit(): void {
    this.consumer.on('evaluation.invited', (event) => this.handle(event));
  }

  async handle(event: EvkinEvent<'evaluation.invited'>): Promise<void> {
    const email = renderInvitation(event.data);
    await this.queue.add(
      { kind: 'invitation', to: event.data.rater.email, messageId: `<${event.id}@evkin>`, ...email },
      { ...EMAIL_JOB_OPTIONS, jobId: event.id },
    );
  }
}
