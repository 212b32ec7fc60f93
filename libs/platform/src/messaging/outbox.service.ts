import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, type EventCatalogue, type EvkinEvent, type RoutingKey, type ServiceName } from '@evkin/contracts';
import { SERVICE_NAME } from '../health/readiness.service.js';
import { currentContext, currentCorrelationId } from '../logging/context.js';

export function outboxChannel(schema: string): string {
  return `evkin_outbox_${schema}`;
}

export interface EnvelopeOptions {
  subject?: string;
  correlationId: string;
  causationId?: string;
  time?: Date;
}

/**
 * The CloudEvents envelope of one of our events. OutboxService takes the trace from the request
 * being handled; a writer that records work done later (a Bull job) passes the original trace.
 */
export function cloudEvent<K extends RoutingKey>(
  service: ServiceName,
  routingKey: K,
  data: EventCatalogue[K],
  options: EnvelopeOptions,
): EvkinEvent<K> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: `/evkin/${service}`,
    type: EVENT_TYPES[routingKey],
    time: (options.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    correlationid: options.correlationId,
    ...(options.causationId === undefined ? {} : { causationid: options.causationId }),
    data,
  };
}

@Injectable()
export class OutboxService {
  constructor(@Inject(SERVICE_NAME) private readonly service: ServiceName) {}

  /**
   * Adds an event to the outbox inside the caller's transaction. `pg_notify` is delivered only
   * on commit, which wakes the relay exactly when the event becomes visible.
   */
  async add<K extends RoutingKey>(
    manager: EntityManager,
    routingKey: K,
    data: EventCatalogue[K],
    options: { subject?: string } = {},
  ): Promise<EvkinEvent<K>> {
    const envelope = this.envelope(routingKey, data, options.subject);
    // One round trip: this sits on every write path that emits an event.
    await manager.query(
      `WITH added AS (INSERT INTO "${this.service}".outbox (id, routing_key, envelope) VALUES ($1, $2, $3))
       SELECT pg_notify($4, '')`,
      [envelope.id, routingKey, JSON.stringify(envelope), outboxChannel(this.service)],
    );
    return envelope;
  }

  /**
   * Adds many events of one kind in one statement (bulk invitations, reminder rounds): per-row
   * inserts would dominate a 50,000-participant campaign. The envelopes travel as one JSON array
   * rather than a jsonb[] parameter, whose array-literal escaping of every quote doubled the cost.
   */
  async addMany<K extends RoutingKey>(
    manager: EntityManager,
    routingKey: K,
    events: readonly { data: EventCatalogue[K]; subject?: string }[],
  ): Promise<void> {
    const chunk = 5000;
    for (let start = 0; start < events.length; start += chunk) {
      const envelopes = events
        .slice(start, start + chunk)
        .map((event) => this.envelope(routingKey, event.data, event.subject));
      await manager.query(
        `WITH added AS (
           INSERT INTO "${this.service}".outbox (id, routing_key, envelope)
           SELECT (envelope ->> 'id')::uuid, $1, envelope FROM jsonb_array_elements($2::jsonb) AS e (envelope))
         SELECT pg_notify($3, '')`,
        [routingKey, JSON.stringify(envelopes), outboxChannel(this.service)],
      );
    }
  }

  private envelope<K extends RoutingKey>(routingKey: K, data: EventCatalogue[K], subject?: string): EvkinEvent<K> {
    const context = currentContext();
    return cloudEvent(this.service, routingKey, data, {
      ...(subject === undefined ? {} : { subject }),
      correlationId: currentCorrelationId(),
      ...(context?.causationId === undefined ? {} : { causationId: context.causationId }),
    });
  }
}
