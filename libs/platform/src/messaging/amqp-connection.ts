import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import amqp, { type AmqpConnectionManager } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { DEAD_LETTER_EXCHANGE, EVENTS_EXCHANGE } from '@evkin/contracts';
import { ReadinessService } from '../health/readiness.service.js';

export const AMQP_URL = Symbol('AMQP_URL');

/**
 * The service's one broker connection (reconnecting). Channels are made by the outbox relay and
 * the event consumer; this class owns only the connection and its readiness.
 */
@Injectable()
export class AmqpConnection implements OnApplicationShutdown {
  readonly manager: AmqpConnectionManager;
  private readonly logger = new Logger(AmqpConnection.name);

  constructor(@Inject(AMQP_URL) url: string, readiness: ReadinessService) {
    this.manager = amqp.connect([url], { heartbeatIntervalInSeconds: 10, reconnectTimeInSeconds: 2 });
    this.manager.on('connect', () => this.logger.log('connected to RabbitMQ'));
    this.manager.on('disconnect', ({ err }) =>
      this.logger.warn(`RabbitMQ connection lost: ${err?.message ?? 'closed'}`),
    );
    readiness.register({
      name: 'rabbitmq',
      check: () => (this.manager.isConnected() ? Promise.resolve() : Promise.reject(new Error('not connected'))),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.manager.close();
  }
}

/** The exchanges every participant in the event backbone relies on; declaring is idempotent. */
export async function declareEventExchanges(channel: ConfirmChannel): Promise<void> {
  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'direct', { durable: true });
}
