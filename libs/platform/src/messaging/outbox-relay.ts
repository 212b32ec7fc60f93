import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { DataSource } from 'typeorm';
import {
  CLOUDEVENTS_CONTENT_TYPE,
  CORRELATION_HEADER,
  EVENTS_EXCHANGE,
  type CloudEvent,
  type ServiceName,
} from '@evkin/contracts';
import { CommitDrivenWorker } from '../database/commit-driven-worker.js';
import { SERVICE_NAME } from '../health/readiness.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { AmqpConnection, declareEventExchanges } from './amqp-connection.js';
import { outboxChannel } from './outbox.service.js';

export const DATABASE_URL = Symbol('DATABASE_URL');

const BATCH_SIZE = 500;
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
  private channel: ChannelWrapper | undefined;
  private readonly worker: CommitDrivenWorker;

  constructor(
    private readonly dataSource: DataSource,
    private readonly amqp: AmqpConnection,
    private readonly metrics: MetricsService,
    @Inject(SERVICE_NAME) private readonly service: ServiceName,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    this.worker = new CommitDrivenWorker(`${service}-outbox`, databaseUrl, outboxChannel(service), async () => {
      return (await this.publishBatch()) === BATCH_SIZE;
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.channel = this.amqp.manager.createChannel({
      confirm: true,
      name: `${this.service}.outbox`,
      setup: (channel: ConfirmChannel) => declareEventExchanges(channel),
    });
    await this.channel.waitForConnect();
    await this.worker.start();
  }

  /** Resolves when everything committed so far has been published (tests and shutdown use it). */
  flush(): Promise<void> {
    return this.worker.flush();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.stop();
    await this.channel?.close();
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
}
