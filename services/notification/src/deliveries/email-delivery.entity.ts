import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EmailKind } from '@evkin/contracts';

/**
 * queued → (claimed by one Bull job) sending → sent | failed; `skipped` when it must not go out
 * any more (battery closed, assignment cancelled). A transient failure returns it to queued.
 */
export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';

/**
 * One email the service owes someone, content included. Its id (kind + source event id) makes a
 * redelivered event a no-op; the claim (`claimed_by`, the Bull job id) makes sure only one job
 * ever sends it, however often it is queued.
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

  /** The battery's closing time: nothing is sent after it (null for emails without a deadline). */
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  /** Not dispatched before this time: the backoff of a transient SMTP failure. */
  @Column({ name: 'not_before', type: 'timestamptz', default: () => 'now()' })
  notBefore: Date;

  /** The Bull job that holds the email while it is being sent. */
  @Column({ name: 'claimed_by', type: 'text', nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
