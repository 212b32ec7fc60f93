import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmailKind } from '@evkin/contracts';
import { EMAIL_CHANNEL } from './email-dispatcher.js';

export interface EmailRequest {
  sourceEventId: string;
  /** The trace of the event that asked for the email; its logs and status event carry it. */
  correlationId: string;
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

// One statement for a whole group of emails: one round trip at intake however many arrive together.
const RECORD_SQL = `
WITH added AS (
  INSERT INTO notification.email_delivery
    (id, source_event_id, correlation_id, kind, assignment_id, participant_id, to_address,
     closes_at, subject, text_body, html_body, status)
  SELECT *, 'queued' FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[],
                                 $8::timestamptz[], $9::text[], $10::text[], $11::text[])
  ON CONFLICT (id) DO NOTHING)
SELECT pg_notify($12, '')`;

/**
 * Intake of every email: recorded with the events that asked for it, in the consumer's
 * transaction. The dispatcher queues it once that transaction has committed; DeliverySender
 * sends it and records the outcome.
 */
@Injectable()
export class DeliveriesService {
  /** At most one delivery per event and kind, however often the event is delivered. */
  async record(manager: EntityManager, requests: readonly EmailRequest[]): Promise<void> {
    if (requests.length === 0) return;
    await manager.query(RECORD_SQL, [
      requests.map((r) => `${r.kind}:${r.sourceEventId}`),
      requests.map((r) => r.sourceEventId),
      requests.map((r) => r.correlationId),
      requests.map((r) => r.kind),
      requests.map((r) => r.assignmentId),
      requests.map((r) => r.participantId),
      requests.map((r) => r.to),
      requests.map((r) => r.closesAt),
      requests.map((r) => r.subject),
      requests.map((r) => r.text),
      requests.map((r) => r.html),
      EMAIL_CHANNEL,
    ]);
  }
}
