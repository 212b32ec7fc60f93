import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CORRELATION_HEADER,
  DEAD_LETTER_EXCHANGE,
  EVENTS_EXCHANGE,
  isCloudEvent,
  type EvkinEvent,
  type RoutingKey,
  type ServiceName,
} from '@evkin/contracts';
import { SERVICE_NAME } from '../health/readiness.service.js';
import { acceptCorrelationId, runWithContext } from '../logging/context.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { AmqpConnection, declareEventExchanges } from './amqp-connection.js';

export type EventHandler<K extends RoutingKey> = (event: EvkinEvent<K>, manager: EntityManager) => Promise<void>;

/** An event with the correlation id it travels under (its own, or the message header's). */
export interface ReceivedEvent<K extends RoutingKey> {
  readonly event: EvkinEvent<K>;
  readonly correlationId: string;
}

/**
 * Handles several events of one routing key in one statement or a few, inside the transaction
 * that records them as processed. Each event's trace is in `correlationId`; the ambient context
 * is not set per event.
 */
export type EventGroupHandler<K extends RoutingKey> = (
  events: readonly ReceivedEvent<K>[],
  manager: EntityManager,
) => Promise<void>;

export interface ConsumerSettings {
  /** Delay before each retry; its length bounds the retries (attempts = length + 1). */
  retryDelaysMs: number[];
  /** Messages held unacknowledged at once: those being handled and those waiting for a transaction. */
  prefetch: number;
  /**
   * Events handled in one transaction at most (default 1). Messages that arrive while the
   * transactions are busy wait and go together in the next one: under load one commit covers
   * many events, when quiet each event goes alone at once. Transactions at once: prefetch ÷ this.
   */
  groupSize?: number;
  /**
   * Days an event id is remembered for deduplication (default 30). Redeliveries come within
   * minutes (retries, a replica's restart); DLQ replays within days. Older records only cost space.
   */
  retentionDays?: number;
}

export const CONSUMER_SETTINGS = Symbol('CONSUMER_SETTINGS');

export const ATTEMPT_HEADER = 'x-evkin-attempt';
const DEFAULT_RETENTION_DAYS = 30;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
const PRUNE_BATCH = 10_000;
export const ROUTING_KEY_HEADER = 'x-evkin-routing-key';

export function consumerQueue(service: ServiceName): string {
  return `evkin.${service}.events`;
}

/** PostgreSQL reads a uuid in any case, with or without hyphens and braces; it answers in one form. */
function uuidKey(id: string): string {
  return id.toLowerCase().replace(/[{}-]/g, '');
}

interface Received {
  readonly message: ConsumeMessage;
  readonly routingKey: RoutingKey;
  readonly item: ReceivedEvent<RoutingKey>;
}

/** Consecutive events of one routing key, in arrival order: each run goes to its handler in one call. */
function runsOfOneKey(events: readonly Received[]): Received[][] {
  const runs: Received[][] = [];
  for (const event of events) {
    const run = runs.at(-1);
    if (run && run[0]!.routingKey === event.routingKey) run.push(event);
    else runs.push([event]);
  }
  return runs;
}

/**
 * The service's durable event queue on `evkin.events`. Every message is acknowledged by hand:
 * - handled (or already handled: the event id is recorded in the same transaction) → ack;
 * - handler failed → republished to a delay queue that returns it to this queue, then ack;
 * - retries exhausted, or not a CloudEvent we know → nack without requeue → `<queue>.dlq`.
 *
 * Events are handled in groups (`groupSize`), each group in one transaction, in arrival order. A
 * group that fails is handled again one event per transaction, so one bad event delays its
 * neighbours but never retries or dead-letters them.
 */
@Injectable()
export class EventConsumer implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventConsumer.name);
  private readonly handlers = new Map<RoutingKey, EventGroupHandler<RoutingKey>>();
  private readonly queue: string;
  private readonly groupSize: number;
  private readonly concurrentGroups: number;
  private channel: ChannelWrapper | undefined;
  private readonly waiting: Received[] = [];
  private runningGroups = 0;
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly amqp: AmqpConnection,
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
    @Inject(SERVICE_NAME) private readonly service: ServiceName,
    @Inject(CONSUMER_SETTINGS) private readonly settings: ConsumerSettings,
  ) {
    this.queue = consumerQueue(service);
    this.groupSize = Math.max(1, Math.min(settings.groupSize ?? 1, settings.prefetch));
    this.concurrentGroups = Math.max(1, Math.floor(settings.prefetch / this.groupSize));
  }

  /**
   * One event per call, with the event's trace as the ambient context. Feature modules register
   * in their constructor or onModuleInit, before consumption starts.
   */
  on<K extends RoutingKey>(routingKey: K, handler: EventHandler<K>): void {
    this.onGroup<K>(routingKey, async (events, manager) => {
      for (const { event, correlationId } of events) {
        await runWithContext({ correlationId, causationId: event.id }, () => handler(event, manager));
      }
    });
  }

  /** Consecutive events of one routing key in one call: for handlers that write a group at once. */
  onGroup<K extends RoutingKey>(routingKey: K, handler: EventGroupHandler<K>): void {
    if (this.handlers.has(routingKey)) throw new Error(`two handlers for ${routingKey} in ${this.service}`);
    this.handlers.set(routingKey, handler as unknown as EventGroupHandler<RoutingKey>);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.handlers.size === 0) return;
    const routingKeys = [...this.handlers.keys()];
    this.channel = this.amqp.manager.createChannel({
      confirm: true,
      name: `${this.service}.consumer`,
      setup: (channel: ConfirmChannel) => this.declare(channel, routingKeys),
    });
    // Queue and bindings must exist before we call ourselves started, or early events go nowhere.
    await this.channel.waitForConnect();
    await this.channel.consume(this.queue, (message) => void this.receive(message), {
      noAck: false,
      prefetch: this.settings.prefetch,
    });
    this.logger.log(`consuming ${routingKeys.join(', ')} from ${this.queue}`);
    this.pruneTimer = setInterval(() => void this.pruneQuietly(), PRUNE_INTERVAL_MS).unref();
  }

  /**
   * Forgets processed-event records past the retention, in batches so no statement holds many
   * locks. Replicas may prune side by side: they delete the same rows at worst. Returns the count.
   */
  async pruneProcessedEvents(): Promise<number> {
    const days = this.settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
    let total = 0;
    for (;;) {
      const [, deleted] = await this.dataSource.query<[unknown, number]>(
        `DELETE FROM "${this.service}".processed_event WHERE ctid IN (
           SELECT ctid FROM "${this.service}".processed_event
            WHERE consumer = $1 AND processed_at < now() - make_interval(days => $2) LIMIT $3)`,
        [this.queue, days, PRUNE_BATCH],
      );
      total += deleted;
      if (deleted < PRUNE_BATCH) return total;
    }
  }

  private async pruneQuietly(): Promise<void> {
    try {
      const pruned = await this.pruneProcessedEvents();
      if (pruned > 0) this.logger.log(`forgot ${pruned} processed-event records past retention`);
    } catch (error) {
      this.logger.warn({ err: error }, 'pruning processed-event records failed; next try in an hour');
    }
  }

  /** Stop taking new messages first; unacked ones go back to the queue for another replica. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.pruneTimer);
    await this.channel?.cancelAll();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    await this.channel?.close();
  }

  private async declare(channel: ConfirmChannel, routingKeys: RoutingKey[]): Promise<void> {
    await declareEventExchanges(channel);
    const dlq = `${this.queue}.dlq`;
    await channel.assertQueue(dlq, { durable: true });
    await channel.bindQueue(dlq, DEAD_LETTER_EXCHANGE, dlq);
    await channel.assertQueue(this.queue, {
      durable: true,
      arguments: { 'x-dead-letter-exchange': DEAD_LETTER_EXCHANGE, 'x-dead-letter-routing-key': dlq },
    });
    for (const key of routingKeys) await channel.bindQueue(this.queue, EVENTS_EXCHANGE, key);
    for (const delay of new Set(this.settings.retryDelaysMs)) {
      await channel.assertQueue(this.retryQueue(delay), {
        durable: true,
        arguments: {
          'x-message-ttl': delay,
          'x-dead-letter-exchange': '',
          'x-dead-letter-routing-key': this.queue,
        },
      });
    }
  }

  /** The delay is part of the name: a queue's TTL cannot change once declared. */
  private retryQueue(delayMs: number): string {
    return `${this.queue}.retry.${delayMs}ms`;
  }

  private receive(message: ConsumeMessage): void {
    this.inFlight++;
    const received = this.read(message);
    if (received === null) {
      this.settled(1);
      return;
    }
    this.waiting.push(received);
    this.startGroups();
  }

  /** The event in a message, or null when the message was dead-lettered as unreadable. */
  private read(message: ConsumeMessage): Received | null {
    // A retried message returns through the default exchange; its routing key rides in a header.
    const routingKey = (message.properties.headers?.[ROUTING_KEY_HEADER] ?? message.fields.routingKey) as RoutingKey;
    let event: unknown;
    try {
      event = JSON.parse(message.content.toString('utf8'));
    } catch {
      event = undefined;
    }
    if (!isCloudEvent(event) || !this.handlers.has(routingKey)) {
      this.logger.error(`dead-lettering an unreadable or unexpected message on ${routingKey}`);
      this.metrics.eventsConsumed.inc({ consumer: this.service, routing_key: routingKey, outcome: 'dead_lettered' });
      this.channel!.nack(message, false, false);
      return null;
    }
    const correlationId = acceptCorrelationId(event.correlationid ?? message.properties.headers?.[CORRELATION_HEADER]);
    return { message, routingKey, item: { event: event as EvkinEvent<RoutingKey>, correlationId } };
  }

  private startGroups(): void {
    while (this.waiting.length > 0 && this.runningGroups < this.concurrentGroups) {
      const group = this.waiting.splice(0, this.groupSize);
      this.runningGroups++;
      void this.handleGroup(group).finally(() => {
        this.runningGroups--;
        this.settled(group.length);
        this.startGroups();
      });
    }
  }

  private settled(count: number): void {
    this.inFlight -= count;
    if (this.inFlight === 0) this.idle?.();
  }

  private async handleGroup(group: Received[]): Promise<void> {
    if (group.length > 1) {
      try {
        await this.commit(group);
        return;
      } catch (error) {
        this.logger.warn({ err: error, events: group.length }, 'a group of events failed; handling them one by one');
      }
    }
    for (const received of group) {
      try {
        await this.commit([received]);
      } catch (error) {
        await this.retryOrDeadLetter(received.message, received.routingKey, error as Error);
      }
    }
  }

  /** Handles a group in one transaction, then acknowledges it. Throws (nothing acked) on failure. */
  private async commit(group: Received[]): Promise<void> {
    const first = group[0]!.item;
    const fresh = await runWithContext({ correlationId: first.correlationId, causationId: first.event.id }, () =>
      this.dataSource.transaction(async (manager) => {
        const inserted: { event_id: string }[] = await manager.query(
          `INSERT INTO "${this.service}".processed_event (consumer, event_id)
           SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
          [this.queue, group.map((r) => r.item.event.id)],
        );
        const unseen = new Set(inserted.map((row) => uuidKey(row.event_id)));
        // An event twice in one group (a replay racing the original) is handled once.
        const handled = group.filter((r) => unseen.delete(uuidKey(r.item.event.id)));
        for (const run of runsOfOneKey(handled)) {
          const handler = this.handlers.get(run[0]!.routingKey)!;
          const events = run.map((r) => r.item);
          await handler(events, manager);
        }
        return new Set(handled);
      }),
    );
    for (const received of group) {
      this.metrics.eventsConsumed.inc({
        consumer: this.service,
        routing_key: received.routingKey,
        outcome: fresh.has(received) ? 'ok' : 'duplicate',
      });
      this.channel!.ack(received.message);
    }
  }

  private async retryOrDeadLetter(message: ConsumeMessage, routingKey: RoutingKey, error: Error): Promise<void> {
    const channel = this.channel!;
    const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 1);
    const delay = this.settings.retryDelaysMs[attempt - 1];
    if (delay === undefined) {
      this.logger.error({ err: error, routingKey, attempt }, `event dead-lettered after ${attempt} attempts`);
      this.metrics.eventsConsumed.inc({ consumer: this.service, routing_key: routingKey, outcome: 'dead_lettered' });
      channel.nack(message, false, false);
      return;
    }
    this.logger.warn({ err: error, routingKey, attempt }, `event handling failed; retrying in ${delay} ms`);
    try {
      await channel.sendToQueue(this.retryQueue(delay), message.content, {
        ...message.properties,
        persistent: true,
        headers: { ...message.properties.headers, [ATTEMPT_HEADER]: attempt + 1, [ROUTING_KEY_HEADER]: routingKey },
      });
      this.metrics.eventsConsumed.inc({ consumer: this.service, routing_key: routingKey, outcome: 'retried' });
      channel.ack(message);
    } catch {
      channel.nack(message, false, true);
    }
  }
}
