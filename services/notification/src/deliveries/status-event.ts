import type { EmailKind, EvkinEvent } from '@evkin/contracts';
import { cloudEvent } from '@evkin/platform';

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
 * The `email.status` envelope, built here so that a whole group of outcomes goes to the outbox in
 * one statement. The trace is the one of the request that caused the email, not of the Bull job.
 */
export function statusEnvelope(delivery: DeliveryFacts, outcome: FinalOutcome, at: Date): EvkinEvent<'email.status'> {
  return cloudEvent(
    'notification',
    'email.status',
    {
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
    {
      subject: delivery.assignmentId ?? delivery.id,
      correlationId: delivery.correlationId,
      causationId: delivery.sourceEventId,
      time: at,
    },
  );
}
