import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  CLOUDEVENTS_CONTENT_TYPE,
  CORRELATION_HEADER,
  EVENTS_EXCHANGE,
  type CloudEvent,
  type ServiceName,
} from '@evkin/contracts';
import { SERVICE_NAME } from '../health/readiness.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { AmqpConnection, declareEventExchanges } from './amqp-connection.js';
import { outboxChannel } from './outbox.service.js';

export const DATABASE_URL = Symbol('DATABASE_URL');

const BATCH_SIZE = 500;
/** Safety net for notifications missed while the LISTEN connection was down. */
const POLL_INTERVAL_MS = 1000;
const PUBLISH_TIMEOUT_MS = 10_000;

interface OutboxRow {
  id: string;
  routing_key: string;
  envelope: CloudEvent;
}

/**
 * Moves committed outbox rows to the broker with publisher confirms, then deletes them.
 * `FOR UPDATE SKIP LOCKED` lets several replicas relay side by side without double work; a failed
 * batch rolls back and is retried, so delivery is at-least-once and consumers dedupe by id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private channel: ChannelWrapper | undefined;
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly amqp: AmqpConnection,
    private readonly metrics: MetricsService,
    @Inject(SERVICE_NAME) private readonly service: ServiceName,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.channel = this.amqp.manager.createChannel({
      confirm: true,
      name: `${this.service}.outbox`,
      setup: (channel: ConfirmChannel) => declareEventExchanges(channel),
    });
    await this.channel.waitForConnect();
    await this.listen();
    this.timer = setInterval(() => this.kick(), POLL_INTERVAL_MS);
    this.kick();
  }

  /** Schedules a drain; concurrent kicks coalesce into at most one follow-up pass. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when everything committed so far has been published (tests and shutdown use it). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
    await this.drain();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    await this.channel?.close();
  }

  private async drain(): Promise<void> {
    try {
      while ((await this.publishBatch()) === BATCH_SIZE && !this.stopped);
    } catch (error) {
      this.logger.warn(`outbox relay will retry: ${(error as Error).message}`);
    }
  }

  private async publishBatch(): Promise<number> {
    const channel = this.channel;
    if (!channel || !this.amqp.manager.isConnected()) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, routing_key, envelope FROM "${this.service}".outbox
          ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      await Promise.all(
        rows.map((row) =>
          channel.publish(EVENTS_EXCHANGE, row.routing_key, Buffer.from(JSON.stringify(row.envelope)), {
            persistent: true,
            contentType: CLOUDEVENTS_CONTENT_TYPE,
            messageId: row.id,
            type: row.envelope.type,
            timestamp: Math.floor(Date.parse(row.envelope.time) / 1000),
            headers: { [CORRELATION_HEADER]: row.envelope.correlationid },
            timeout: PUBLISH_TIMEOUT_MS,
          }),
        ),
      );
      await manager.query(`DELETE FROM "${this.service}".outbox WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      for (const row of rows) this.metrics.eventsPublished.inc({ routing_key: row.routing_key });
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: `${this.service}-outbox` });
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      // Polling keeps events flowing; re-listen so latency recovers too.
      this.logger.warn(`outbox LISTEN connection lost: ${error.message}`);
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), POLL_INTERVAL_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${outboxChannel(this.service)}`);
    this.listener = client;
  }
}
