import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { AMQP_URL, AmqpConnection } from './amqp-connection.js';
import { CONSUMER_SETTINGS, EventConsumer, type ConsumerSettings } from './event-consumer.js';
import { DATABASE_URL, OutboxRelay } from './outbox-relay.js';
import { OutboxService } from './outbox.service.js';

export interface MessagingOptions {
  rabbitmqUrl: string;
  /** Services that own data and publish events get an outbox and its relay. */
  outbox?: { databaseUrl: string };
  /** Services that react to events get a consumer queue. */
  consumer?: ConsumerSettings;
}

@Global()
@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions): DynamicModule {
    const providers: Provider[] = [{ provide: AMQP_URL, useValue: options.rabbitmqUrl }, AmqpConnection];
    const exports: Provider[] = [AmqpConnection];
    if (options.outbox) {
      providers.push({ provide: DATABASE_URL, useValue: options.outbox.databaseUrl }, OutboxService, OutboxRelay);
      exports.push(OutboxService, OutboxRelay);
    }
    if (options.consumer) {
      providers.push({ provide: CONSUMER_SETTINGS, useValue: options.consumer }, EventConsumer);
      exports.push(EventConsumer);
    }
    return { module: MessagingModule, providers, exports };
  }
}
