import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { DataSource, type EntityManager } from 'typeorm';
import type { EmailKind } from '@evkin/contracts';
import { currentCorrelationId, OutboxService, runWithContext } from '@evkin/platform';
import type { EmailJob } from '../email-queue/email-queue.js';
import { MailTransport } from '../mail/mail-transport.js';
import { EMAIL_CHANNEL } from './email-dispatcher.js';
import { EmailMetrics } from './email-metrics.js';
import { EmailDelivery } from './email-delivery.entity.js';
import { classifySmtpFailure } from './smtp-failure.js';

export interface EmailRequest {
  sourceEventId: string;
  kind: EmailKind;
  assignmentId: string | null;
  participantId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The life of every email: recorded and queued with the event that asked for it, sent by the
 * Bull worker, and its outcome (sent, or failed with the SMTP reason) recorded and published.
 */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger(DeliveriesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly transport: MailTransport,
    private readonly metrics: EmailMetrics,
  ) {}

  /**
   * Inside the consumer's transaction: at most one delivery per event and kind. The dispatcher
   * queues it once the transaction has committed (pg_notify fires on commit).
   */
  async record(manager: EntityManager, request: EmailRequest): Promise<void> {
    // One round trip per email at intake; the notification reaches the dispatcher on commit.
    await manager.query(
      `WITH added AS (
         INSERT INTO notification.email_delivery
           (id, source_event_id, correlation_id, kind, assignment_id, participant_id, to_address,
            subject, text_body, html_body, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'queued')
         ON CONFLICT (id) DO NOTHING)
       SELECT pg_notify($11, '')`,
      [
        `${request.kind}:${request.sourceEventId}`,
        request.sourceEventId,
        currentCorrelationId(),
        request.kind,
        request.assignmentId,
        request.participantId,
        request.to,
        request.subject,
        request.text,
        request.html,
        EMAIL_CHANNEL,
      ],
    );
  }

  async send(job: Job<EmailJob>): Promise<void> {
    const delivery = await this.dataSource.manager.findOneBy(EmailDelivery, { id: job.data.deliveryId });
    // A job re-run after its email was sent (a stalled worker's job, a duplicate) sends nothing.
    if (!delivery || delivery.status !== 'queued') return;
    // The Bull worker runs outside any request: restore the trace the email belongs to, so its
    // logs and its email.status event carry the correlation id of the request that caused it.
    const trace = { correlationId: delivery.correlationId, causationId: delivery.sourceEventId };
    await runWithContext(trace, () => this.attempt(job, delivery));
  }

  private async attempt(job: Job<EmailJob>, delivery: EmailDelivery): Promise<void> {
    const attempts = job.attemptsMade + 1;
    try {
      await this.transport.send({
        to: delivery.to,
        subject: delivery.subject,
        text: delivery.textBody,
        html: delivery.htmlBody,
        // Stable across retries, so a receiving system can recognise a repeat.
        messageId: `<${delivery.id.replace(':', '.')}@evkin>`,
      });
    } catch (error) {
      const failure = classifySmtpFailure(error);
      if (!failure.permanent && attempts < (job.opts.attempts ?? 1)) {
        await this.dataSource.manager.update(
          EmailDelivery,
          { id: delivery.id },
          { attempts, lastError: failure.reason, updatedAt: new Date() },
        );
        throw error;
      }
      this.logger.warn(`email ${delivery.id} failed for good after ${attempts} attempt(s): ${failure.reason}`);
      await this.finish(delivery, { status: 'failed', attempts, reason: failure.reason });
      return;
    }
    await this.finish(delivery, { status: 'sent', attempts, reason: null });
  }

  private async finish(
    delivery: EmailDelivery,
    outcome: { status: 'sent' | 'failed'; attempts: number; reason: string | null },
  ): Promise<void> {
    const at = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        EmailDelivery,
        { id: delivery.id },
        {
          status: outcome.status,
          attempts: outcome.attempts,
          lastError: outcome.reason,
          sentAt: outcome.status === 'sent' ? at : null,
          updatedAt: at,
          // The bodies carry the rater's link token: once the email is done with, keep no copy.
          textBody: '',
          htmlBody: '',
        },
      );
      await this.outbox.add(
        manager,
        'email.status',
        {
          deliveryId: delivery.id,
          sourceEventId: delivery.sourceEventId,
          kind: delivery.kind,
          assignmentId: delivery.assignmentId,
          participantId: delivery.participantId,
          to: delivery.to,
          status: outcome.status,
          reason: outcome.reason,
          attempts: outcome.attempts,
          at: at.toISOString(),
        },
        { subject: delivery.assignmentId ?? delivery.id },
      );
    });
    this.metrics.outcomes.inc({ kind: delivery.kind, status: outcome.status });
  }
}
