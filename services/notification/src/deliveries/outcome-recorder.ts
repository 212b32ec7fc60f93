import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { outboxChannel } from '@evkin/platform';
import { EmailMetrics } from './email-metrics.js';
import { statusEnvelope, type DeliveryFacts, type FinalOutcome } from './status-event.js';

export type Outcome = { delivery: DeliveryFacts; jobId: string } & (
  | { final: FinalOutcome }
  /** A transient failure: back to the queue after `delayMs`, keeping its content. */
  | { retry: { attempts: number; reason: string; delayMs: number } }
);

interface Pending {
  outcome: Outcome;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const MAX_GROUP = 500;
const WRITE_TRIES = 5;

// One statement, so atomic without a transaction: the row leaves `sending` and its email.status
// event enters the outbox together, or neither does. The claim check (status and job) makes a
// late or repeated write a no-op.
const RECORD_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::int[], $7::uuid[], $8::text[])
    AS i(id, job_id, outcome, attempts, reason, delay_ms, event_id, envelope)
), updated AS (
  UPDATE notification.email_delivery d SET
    status = CASE WHEN i.outcome = 'retry' THEN 'queued' ELSE i.outcome END,
    attempts = i.attempts,
    last_error = i.reason,
    sent_at = CASE WHEN i.outcome = 'sent' THEN now() END,
    updated_at = now(),
    claimed_by = NULL,
    claimed_at = NULL,
    enqueued_at = CASE WHEN i.outcome = 'retry' THEN NULL ELSE d.enqueued_at END,
    not_before = CASE WHEN i.outcome = 'retry' THEN now() + i.delay_ms * interval '1 millisecond' ELSE d.not_before END,
    -- The bodies carry the rater's link token: once the email is done with, keep no copy.
    text_body = CASE WHEN i.outcome = 'retry' THEN d.text_body ELSE '' END,
    html_body = CASE WHEN i.outcome = 'retry' THEN d.html_body ELSE '' END
  FROM input i
  WHERE d.id = i.id AND d.status = 'sending' AND d.claimed_by = i.job_id
  RETURNING d.id
), events AS (
  INSERT INTO notification.outbox (id, routing_key, envelope)
  SELECT i.event_id, 'email.status', i.envelope::jsonb FROM input i JOIN updated u ON u.id = i.id
   WHERE i.outcome <> 'retry'
  RETURNING 1
)
SELECT (SELECT count(*) FROM updated)::int AS recorded,
       (SELECT pg_notify($9, '') FROM (SELECT 1) one WHERE EXISTS (SELECT 1 FROM events)) AS notified`;

/**
 * Group commit of email outcomes: whatever finished while the previous write was in flight goes
 * in the next write, in one round trip. Under load that is hundreds of outcomes per statement; when
 * idle, one. An email's outcome is durable before its job completes, and the window in which a
 * crash forgets that an accepted email was sent stays one round trip long (docs/operations.md).
 */
@Injectable()
export class OutcomeRecorder {
  private readonly logger = new Logger(OutcomeRecorder.name);
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: EmailMetrics,
  ) {}

  record(outcome: Outcome): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ outcome, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, MAX_GROUP);
      try {
        await this.writeWithRetries(group.map((p) => p.outcome));
        for (const p of group) p.resolve();
      } catch (error) {
        for (const p of group) p.reject(error);
      }
    }
    this.writing = undefined;
  }

  /** A database blip must not turn sent emails into re-sent ones: retry the write before giving up. */
  private async writeWithRetries(outcomes: Outcome[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.write(outcomes);
        return;
      } catch (error) {
        if (attempt >= WRITE_TRIES) throw error;
        this.logger.warn(`recording ${outcomes.length} email outcome(s) failed, retrying: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }

  private async write(outcomes: Outcome[]): Promise<void> {
    const at = new Date();
    const columns = {
      id: [] as string[],
      jobId: [] as string[],
      outcome: [] as string[],
      attempts: [] as number[],
      reason: [] as (string | null)[],
      delay: [] as number[],
      eventId: [] as (string | null)[],
      envelope: [] as (string | null)[],
    };
    for (const o of outcomes) {
      columns.id.push(o.delivery.id);
      columns.jobId.push(o.jobId);
      if ('final' in o) {
        const envelope = statusEnvelope(o.delivery, o.final, at);
        columns.outcome.push(o.final.status);
        columns.attempts.push(o.final.attempts);
        columns.reason.push(o.final.reason);
        columns.delay.push(0);
        columns.eventId.push(envelope.id);
        columns.envelope.push(JSON.stringify(envelope));
      } else {
        columns.outcome.push('retry');
        columns.attempts.push(o.retry.attempts);
        columns.reason.push(o.retry.reason);
        columns.delay.push(o.retry.delayMs);
        columns.eventId.push(null);
        columns.envelope.push(null);
      }
    }
    await this.dataSource.query(RECORD_SQL, [
      columns.id,
      columns.jobId,
      columns.outcome,
      columns.attempts,
      columns.reason,
      columns.delay,
      columns.eventId,
      columns.envelope,
      outboxChannel('notification'),
    ]);
    for (const o of outcomes) {
      if ('final' in o) this.metrics.outcomes.inc({ kind: o.delivery.kind, status: o.final.status });
    }
  }
}
