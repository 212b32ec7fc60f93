import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { DataSource } from 'typeorm';
import type { EmailKind } from '@evkin/contracts';
import { runWithContext } from '@evkin/platform';
import { NOTIFICATION_ENV, type NotificationEnv } from '../config.js';
import type { EmailJob } from '../email-queue/email-queue.js';
import { MailTransport } from '../mail/mail-transport.js';
import { OutcomeRecorder } from './outcome-recorder.js';
import { REFUSALS, type Refusal } from './refusals.js';
import { classifySmtpFailure } from './smtp-failure.js';
import type { DeliveryFacts } from './status-event.js';

interface ClaimedRow {
  id: string;
  source_event_id: string;
  correlation_id: string;
  kind: EmailKind;
  assignment_id: string | null;
  participant_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  refusal: Refusal | null;
}

// A job takes the deliveries still queued, plus those it claimed itself before it died (Bull
// re-runs a stalled job under the same id). Whatever another job holds, or is done, stays put:
// that is what keeps a delivery queued twice from being sent twice.
const CLAIM_SQL = `
UPDATE notification.email_delivery d
   SET status = 'sending', claimed_by = $2, claimed_at = now()
 WHERE d.id = ANY($1::text[])
   AND ((d.status = 'queued' AND d.not_before <= now()) OR (d.status = 'sending' AND d.claimed_by = $2))
RETURNING d.id, d.source_event_id, d.correlation_id, d.kind, d.assignment_id, d.participant_id, d.to_address,
          d.subject, d.text_body, d.html_body, d.attempts,
          CASE WHEN d.assignment_id IS NOT NULL AND EXISTS
                 (SELECT 1 FROM notification.cancelled_assignment c WHERE c.assignment_id = d.assignment_id)
               THEN 'cancelled'
               WHEN d.closes_at IS NOT NULL AND d.closes_at <= now() THEN 'closed' END AS refusal`;

/** Sends one Bull job's batch: claim, refuse what must not go out, send the rest, record outcomes. */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly recorder: OutcomeRecorder,
    @Inject(NOTIFICATION_ENV) private readonly env: NotificationEnv,
  ) {}

  async sendBatch(job: Job<EmailJob>): Promise<void> {
    const jobId = String(job.id);
    // TypeORM answers an UPDATE with [rows, count].
    const [rows] = await this.dataSource.query<[ClaimedRow[], number]>(CLAIM_SQL, [job.data.deliveryIds, jobId]);
    await Promise.all(rows.map((row) => this.deliver(row, jobId)));
  }

  /** Gives back a dead job's deliveries, so the dispatcher queues them again. */
  async release(jobId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.email_delivery
          SET status = 'queued', claimed_by = NULL, claimed_at = NULL, enqueued_at = NULL, updated_at = now()
        WHERE status = 'sending' AND claimed_by = $1`,
      [jobId],
    );
  }

  private deliver(row: ClaimedRow, jobId: string): Promise<void> {
    const delivery: DeliveryFacts = {
      id: row.id,
      sourceEventId: row.source_event_id,
      correlationId: row.correlation_id,
      kind: row.kind,
      assignmentId: row.assignment_id,
      participantId: row.participant_id,
      to: row.to_address,
    };
    // The worker runs outside any request: restore the trace the email belongs to, so its logs
    // carry the correlation id of the request that caused it.
    const trace = { correlationId: row.correlation_id, causationId: row.source_event_id };
    return runWithContext(trace, async () => {
      if (row.refusal) {
        this.logger.log(`email ${row.id} ${REFUSALS[row.refusal]}`);
        const final = { status: 'skipped' as const, attempts: row.attempts, reason: REFUSALS[row.refusal] };
        return this.recorder.record({ delivery, jobId, final });
      }
      const attempts = row.attempts + 1;
      try {
        await this.transport.send({
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body,
          // Stable across retries and re-runs, so a receiving system can recognise a repeat.
          messageId: `<${row.id.replace(':', '.')}@evkin>`,
        });
      } catch (error) {
        const failure = classifySmtpFailure(error);
        if (!failure.permanent && attempts < this.env.EMAIL_MAX_ATTEMPTS) {
          const delayMs = this.env.EMAIL_RETRY_DELAY_MS * 2 ** (attempts - 1);
          return this.recorder.record({ delivery, jobId, retry: { attempts, reason: failure.reason, delayMs } });
        }
        this.logger.warn(`email ${row.id} failed for good after ${attempts} attempt(s): ${failure.reason}`);
        return this.recorder.record({ delivery, jobId, final: { status: 'failed', attempts, reason: failure.reason } });
      }
      return this.recorder.record({ delivery, jobId, final: { status: 'sent', attempts, reason: null } });
    });
  }
}
