import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmailKind } from '@evkin/contracts';
import { currentCorrelationId } from '@evkin/platform';
import { EMAIL_CHANNEL } from './email-dispatcher.js';

export interface EmailRequest {
  sourceEventId: string;
  kind: EmailKind;
  assignmentId: string | null;
  participantId: string | null;
  to: string;
  /** After this instant the email is not sent any more (the battery's `closesAt`). */
  closesAt: string | null;
  subject: string;
  text: string;
  html: string;
}

/**
 * Intake of every email: recorded with the event that asked for it, in the consumer's
 * transaction. The dispatcher queues it once that transaction has committed; DeliverySender
 * sends it and records the outcome.
 */
@Injectable()
export class DeliveriesService {
  /** At most one delivery per event and kind, however often the event is delivered. */
  async record(manager: EntityManager, request: EmailRequest): Promise<void> {
    // One round trip per email at intake; the notification reaches the dispatcher on commit.
    await manager.query(
      `WITH added AS (
         INSERT INTO notification.email_delivery
           (id, source_event_id, correlation_id, kind, assignment_id, participant_id, to_address,
            closes_at, subject, text_body, html_body, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'queued')
         ON CONFLICT (id) DO NOTHING)
       SELECT pg_notify($12, '')`,
      [
        `${request.kind}:${request.sourceEventId}`,
        request.sourceEventId,
        currentCorrelationId(),
        request.kind,
        request.assignmentId,
        request.participantId,
        request.to,
        request.closesAt,
        request.subject,
        request.text,
        request.html,
        EMAIL_CHANNEL,
      ],
    );
  }
}
