import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { CloudEvent } from '@evkin/contracts';

/**
 * Events written in the same transaction as the change they describe. The relay deletes a row
 * once the broker has confirmed it, so delivered payloads (invitation links included) do not
 * linger in the database.
 */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'routing_key', type: 'text' })
  routingKey: string;

  @Column({ type: 'jsonb' })
  envelope: CloudEvent;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Consumer-side record of handled event ids: the idempotency key of every consumer. */
@Entity({ name: 'processed_event' })
export class ProcessedEvent {
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt: Date;
}
