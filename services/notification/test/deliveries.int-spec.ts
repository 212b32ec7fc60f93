import { Test, type TestingModule } from '@nestjs/testing';
import { connect, type ChannelModel } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EVENT_TYPES, EVENTS_EXCHANGE, type EmailStatusV1, type EvkinEvent, type RaterRole } from '@evkin/contracts';
import { startMailCatcher, type MailCatcher } from '@evkin/mail-catcher';
import { loadEnv, MetricsService, runMigrations } from '@evkin/platform';
import { AppModule } from '../src/app.module.js';
import { notificationEnv } from '../src/config.js';
import { notificationDatabase } from '../src/database.js';
import { tapEvents } from '../../../test/support/event-tap.js';
import { eventually } from '../../../test/support/eventually.js';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';

function invited(email: string, role: RaterRole = 'peer'): EvkinEvent<'evaluation.invited'> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/evkin/assessment',
    type: EVENT_TYPES['evaluation.invited'],
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    data: {
      assignmentId: randomUUID(),
      participantId: randomUUID(),
      role,
      rater: { name: 'Rater', email, language: 'id' },
      participant: { name: 'Siti', unit: 'Disnaker' },
      battery: null,
      links: { start: `https://evkin.example/e#${randomUUID()}`, monitoring: null },
    },
  };
}

/** Notification against a real broker, database, Redis and an SMTP server that misbehaves. */
describe('email delivery', () => {
  let infra: IsolatedInfra;
  let smtp: MailCatcher;
  let app: TestingModule;
  let broker: ChannelModel;
  let tap: Awaited<ReturnType<typeof tapEvents>>;

  beforeAll(async () => {
    infra = await isolate('notify');
    smtp = await startMailCatcher({
      refuse: (address, attempt) => {
        if (address === 'flaky@example.go.id' && attempt <= 2) return { code: 451, message: '4.3.0 try again later' };
        if (address === 'gone@example.go.id') return { code: 550, message: '5.1.1 mailbox unavailable' };
        if (address === 'busy@example.go.id') return { code: 421, message: '4.7.0 too busy, try later' };
        return undefined;
      },
    });
    const env = loadEnv('notification', notificationEnv, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: infra.databaseUrl,
      RABBITMQ_URL: infra.rabbitmqUrl,
      REDIS_URL: infra.redisUrl,
      BULL_PREFIX: infra.bullPrefix,
      SMTP_URL: smtp.url,
      EMAIL_MAX_ATTEMPTS: '4',
      EMAIL_RETRY_DELAY_MS: '20',
    });
    await runMigrations(infra.databaseUrl, notificationDatabase);
    tap = await tapEvents(infra.rabbitmqUrl);
    app = await Test.createTestingModule({ imports: [AppModule.forEnv(env)] }).compile();
    await app.init();
    broker = await connect(infra.rabbitmqUrl);
  }, 60_000);

  afterAll(async () => {
    await broker?.close();
    await tap?.close();
    await app?.close();
    await smtp?.close();
    await infra?.cleanup();
  });

  const publish = async (event: EvkinEvent<'evaluation.invited'>) => {
    const channel = await broker.createConfirmChannel();
    channel.publish(EVENTS_EXCHANGE, 'evaluation.invited', Buffer.from(JSON.stringify(event)), { persistent: true });
    await channel.waitForConfirms();
    await channel.close();
  };
  const statuses = () =>
    tap.events.filter((e) => e.routingKey === 'email.status').map((e) => e.envelope.data as EmailStatusV1);

  it('sends each invitation once, retries transient refusals and reports permanent ones with the SMTP reason', async () => {
    const ok = invited('ok@example.go.id', 'supervisor');
    const flaky = invited('flaky@example.go.id');
    const gone = invited('gone@example.go.id', 'service_user');
    await publish(ok);
    await publish(ok); // the broker may deliver an event twice
    await publish(flaky);
    await publish(gone);

    await eventually(() => expect(statuses()).toHaveLength(3), 20_000);
    const byAddress = Object.fromEntries(statuses().map((s) => [s.to, s]));
    expect(byAddress['ok@example.go.id']).toMatchObject({
      status: 'sent',
      attempts: 1,
      reason: null,
      kind: 'invitation',
      sourceEventId: ok.id,
      assignmentId: ok.data.assignmentId,
    });
    expect(byAddress['flaky@example.go.id']).toMatchObject({ status: 'sent', attempts: 3 });
    expect(byAddress['gone@example.go.id']).toMatchObject({ status: 'failed', attempts: 1 });
    expect(byAddress['gone@example.go.id']!.reason).toContain('550');

    const received = smtp.messages();
    expect(received.filter((m) => m.to.includes('ok@example.go.id'))).toHaveLength(1);
    expect(received.filter((m) => m.to.includes('flaky@example.go.id'))).toHaveLength(1);
    expect(received.filter((m) => m.to.includes('gone@example.go.id'))).toHaveLength(0);
    expect(received.find((m) => m.to.includes('ok@example.go.id'))!.text).toContain(ok.data.links.start);

    const rows: { to_address: string; status: string; attempts: number; last_error: string | null }[] = await app
      .get(DataSource)
      .query('SELECT to_address, status, attempts, last_error FROM notification.email_delivery ORDER BY to_address');
    expect(
      await app
        .get(DataSource)
        .query("SELECT count(*)::int AS n FROM notification.email_delivery WHERE text_body <> '' OR html_body <> ''"),
    ).toEqual([{ n: 0 }]);
    const figures = await app.get(MetricsService).registry.getSingleMetricAsString('evkin_emails_total');
    expect(figures).toContain('evkin_emails_total{kind="invitation",status="sent",service="notification"} 2');
    expect(figures).toContain('evkin_emails_total{kind="invitation",status="failed",service="notification"} 1');
    expect(rows).toEqual([
      { to_address: 'flaky@example.go.id', status: 'sent', attempts: 3, last_error: null },
      {
        to_address: 'gone@example.go.id',
        status: 'failed',
        attempts: 1,
        last_error: expect.stringContaining('mailbox unavailable') as string,
      },
      { to_address: 'ok@example.go.id', status: 'sent', attempts: 1, last_error: null },
    ]);
  });

  it('reports a failure after the configured attempts when the server keeps refusing', async () => {
    const busy = invited('busy@example.go.id');
    await publish(busy);
    const status = await eventually(() => {
      const found = statuses().find((s) => s.to === 'busy@example.go.id');
      expect(found).toBeDefined();
      return found!;
    }, 20_000);
    expect(status).toMatchObject({ status: 'failed', attempts: 4, sourceEventId: busy.id });
    expect(status.reason).toContain('421');
    expect(smtp.messages().filter((m) => m.to.includes('busy@example.go.id'))).toHaveLength(0);
  });
});
