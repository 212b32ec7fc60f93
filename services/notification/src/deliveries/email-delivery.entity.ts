import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EmailKind } from '@evkin/contracts';

export type DeliveryStatus = 'queued' | 'sent' | 'failed';

/**
 * One email the service owes someone, content included. Its id (kind + source event id) is also
 * the Bull job id, so a redelivered event cannot queue a second email, and a re-run job finds the
 * email already sent.
 */
@Entity({ name: 'email_delivery' })
export class EmailDelivery {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId: string;

  /** Of the request that caused the source event, so the delivery report stays in its trace. */
  @Column({ name: 'correlation_id', type: 'text' })
  correlationId: string;

  @Column({ type: 'text' })
  kind: EmailKind;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @Column({ name: 'participant_id', type: 'uuid', nullable: true })
  participantId: string | null;

  @Column({ name: 'to_address', type: 'text' })
  to: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody: string;

  /** When the dispatcher handed it to the Bull queue; null until the recording transaction committed. */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
