import { Test, type TestingModule } from '@nestjs/testing';
import { connect, type ChannelModel } from 'amqplib';
import { EVENTS_EXCHANGE, type EmailStatusV1, type EvkinEvent, type RoutingKey } from '@evkin/contracts';
import { startMailCatcher, type MailCatcher, type MailCatcherOptions } from '@evkin/mail-catcher';
import { loadEnv, runMigrations } from '@evkin/platform';
import { AppModule } from '../../src/app.module.js';
import { notificationEnv } from '../../src/config.js';
import { notificationDatabase } from '../../src/database.js';
import { tapEvents } from '../../../../test/support/event-tap.js';
import { isolate, type IsolatedInfra } from '../../../../test/support/isolation.js';

/**
 * Notification in-process against a real broker, database, Redis and SMTP catcher, with an
 * integrator's tap on `evkin.events` to read the `email.status` events.
 */
export interface Harness {
  infra: IsolatedInfra;
  smtp: MailCatcher;
  app: TestingModule;
  publish<K extends RoutingKey>(key: K, event: EvkinEvent<K>): Promise<void>;
  statuses(): EmailStatusV1[];
  mailTo(address: string): ReturnType<MailCatcher['messages']>;
  close(): Promise<void>;
}

export async function startHarness(
  label: string,
  env: Record<string, string> = {},
  catcher: MailCatcherOptions = {},
): Promise<Harness> {
  const infra = await isolate(label);
  const smtp = await startMailCatcher(catcher);
  const config = loadEnv('notification', notificationEnv, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: infra.databaseUrl,
    RABBITMQ_URL: infra.rabbitmqUrl,
    REDIS_URL: infra.redisUrl,
    BULL_PREFIX: infra.bullPrefix,
    SMTP_URL: smtp.url,
    ...env,
  });
  await runMigrations(infra.databaseUrl, notificationDatabase);
  const tap = await tapEvents(infra.rabbitmqUrl);
  const app = await Test.createTestingModule({ imports: [AppModule.forEnv(config)] }).compile();
  await app.init();
  const broker: ChannelModel = await connect(infra.rabbitmqUrl);
  const channel = await broker.createConfirmChannel();
  return {
    infra,
    smtp,
    app,
    async publish(key, event) {
      channel.publish(EVENTS_EXCHANGE, key, Buffer.from(JSON.stringify(event)), { persistent: true });
      await channel.waitForConfirms();
    },
    statuses: () =>
      tap.events.filter((e) => e.routingKey === 'email.status').map((e) => e.envelope.data as EmailStatusV1),
    mailTo: (address) => smtp.messages().filter((m) => m.to.includes(address)),
    async close() {
      await broker.close();
      await tap.close();
      await app.close();
      await smtp.close();
      await infra.cleanup();
    },
  };
}
