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

const COLUMNS = [
  'id',
  'source_event_id',
  'correlation_id',
  'kind',
  'assignment_id',
  'participant_id',
  'to_address',
  'closes_at',
  'subject',
  'text_body',
  'html_body',
] as const;
const TYPES = ['text', 'uuid', 'text', 'text', 'uuid', 'uuid', 'text', 'timestamptz', 'text', 'text', 'text'];

// One statement for a whole group of emails: one round trip at intake however many arrive together.
const RECORD_SQL = `
WITH added AS (
  INSERT INTO notification.email_delivery (${COLUMNS.join(', ')}, status)
  SELECT *, 'queued' FROM unnest(${TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})
  ON CONFLICT (id) DO NOTHING)
SELECT pg_notify($${TYPES.length + 1}, '')`;

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
    const columns: (string | null)[][] = COLUMNS.map(() => []);
    for (const r of requests) {
      const row = [
        `${r.kind}:${r.sourceEventId}`,
        r.sourceEventId,
        r.correlationId,
        r.kind,
        r.assignmentId,
        r.participantId,
        r.to,
        r.closesAt,
        r.subject,
        r.text,
        r.html,
      ];
      row.forEach((value, i) => columns[i]!.push(value));
    }
    await manager.query(RECORD_SQL, [...columns, EMAIL_CHANNEL]);
  }
}
