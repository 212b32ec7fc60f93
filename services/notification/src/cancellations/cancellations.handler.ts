import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmailKind, EvaluationCancelledV1 } from '@evkin/contracts';
import { EventConsumer, OutboxService } from '@evkin/platform';
import { REFUSALS } from '../deliveries/refusals.js';
import { statusEnvelope } from '../deliveries/status-event.js';

interface DroppedRow {
  id: string;
  source_event_id: string;
  correlation_id: string;
  kind: EmailKind;
  assignment_id: string | null;
  participant_id: string | null;
  to_address: string;
  attempts: number;
}

/**
 * A replaced rater (Ganti) gets nothing more for the old assignment: the assignment id is kept, so
 * emails asked for later (a reordered or retried event) are refused when claimed, and the ones
 * still waiting are dropped now, each reported as failed with the reason.
 */
@Injectable()
export class CancellationsHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.consumer.on('evaluation.cancelled', ({ id, data }, manager) => this.cancel(manager, id, data));
  }

  private async cancel(manager: EntityManager, eventId: string, data: EvaluationCancelledV1): Promise<void> {
    await manager.query(
      `INSERT INTO notification.cancelled_assignment (assignment_id, source_event_id, cancelled_at)
       VALUES ($1, $2, $3) ON CONFLICT (assignment_id) DO NOTHING`,
      [data.assignmentId, eventId, data.at],
    );
    // Deliveries a job already holds (`sending`) are mid-SMTP and cannot be called back.
    // TypeORM answers an UPDATE with [rows, count].
    const [dropped] = await manager.query<[DroppedRow[], number]>(
      `UPDATE notification.email_delivery
          SET status = 'skipped', last_error = $2, text_body = '', html_body = '', updated_at = now()
        WHERE assignment_id = $1 AND status = 'queued'
        RETURNING id, source_event_id, correlation_id, kind, assignment_id, participant_id, to_address, attempts`,
      [data.assignmentId, REFUSALS.cancelled],
    );
    const at = new Date();
    for (const row of dropped) {
      const { data: status } = statusEnvelope(
        {
          id: row.id,
          sourceEventId: row.source_event_id,
          correlationId: row.correlation_id,
          kind: row.kind,
          assignmentId: row.assignment_id,
          participantId: row.participant_id,
          to: row.to_address,
        },
        { status: 'skipped', attempts: row.attempts, reason: REFUSALS.cancelled },
        at,
      );
      await this.outbox.add(manager, 'email.status', status, { subject: data.assignmentId });
    }
  }
}
