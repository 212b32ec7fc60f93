import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, type EmailKind, type EvkinEvent } from '@evkin/contracts';

/** What a delivery row contributes to its `email.status` event. */
export interface DeliveryFacts {
  id: string;
  sourceEventId: string;
  correlationId: string;
  kind: EmailKind;
  assignmentId: string | null;
  participantId: string | null;
  to: string;
}

export interface FinalOutcome {
  /** `skipped` (battery closed, assignment cancelled) is reported as `failed` with its reason. */
  status: 'sent' | 'failed' | 'skipped';
  attempts: number;
  reason: string | null;
}

/**
 * The envelope OutboxService would write, built here so that a whole group of outcomes goes to
 * the outbox in one statement (OutboxService adds one row per round trip). The trace is the one of
 * the request that caused the email, not of the Bull job that sent it.
 */
export function statusEnvelope(delivery: DeliveryFacts, outcome: FinalOutcome, at: Date): EvkinEvent<'email.status'> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/evkin/notification',
    type: EVENT_TYPES['email.status'],
    time: at.toISOString(),
    datacontenttype: 'application/json',
    subject: delivery.assignmentId ?? delivery.id,
    correlationid: delivery.correlationId,
    causationid: delivery.sourceEventId,
    data: {
      deliveryId: delivery.id,
      sourceEventId: delivery.sourceEventId,
      kind: delivery.kind,
      assignmentId: delivery.assignmentId,
      participantId: delivery.participantId,
      to: delivery.to,
      status: outcome.status === 'sent' ? 'sent' : 'failed',
      reason: outcome.reason,
      attempts: outcome.attempts,
      at: at.toISOString(),
    },
  };
}
