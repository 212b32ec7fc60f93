import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connect, type ChannelModel } from 'amqplib';
import { EVENTS_EXCHANGE, type EmailStatusV1 } from '@evkin/contracts';
import { startMailCatcher, type MailCatcher } from '@evkin/mail-catcher';
import { runMigrations } from '@evkin/platform';
import { notificationDatabase } from '../src/database.js';
import { tapEvents } from '../../../test/support/event-tap.js';
import { eventually, within } from '../../../test/support/eventually.js';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';
import { freePort } from '../../../test/support/ports.js';
import { invited } from './support/events.js';
import { startHoldProxy, type HoldPoint, type HoldProxy } from './support/smtp-hold-proxy.js';

// The built service (npm test builds before the integration tests), run as the pods run it.
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * A notification process killed (SIGKILL: no shutdown hooks) in the middle of an SMTP
 * conversation, then started again. What SMTP allows (docs/operations.md, "Email delivery"):
 * killed before the server accepted the message → it arrives exactly once; killed after the
 * server accepted it but before the service recorded that → it arrives twice, with the same
 * Message-ID, and is reported once.
 */
describe('a notification worker killed mid-send', () => {
  let infra: IsolatedInfra;
  let catcher: MailCatcher;
  let proxy: HoldProxy;
  let tap: Awaited<ReturnType<typeof tapEvents>>;
  let broker: ChannelModel;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    infra = await isolate('workerdeath');
    catcher = await startMailCatcher();
    proxy = await startHoldProxy({ port: catcher.port });
    await runMigrations(infra.databaseUrl, notificationDatabase);
    tap = await tapEvents(infra.rabbitmqUrl);
    broker = await connect(infra.rabbitmqUrl);
  }, 60_000);

  afterAll(async () => {
    await stop();
    await broker?.close();
    await tap?.close();
    await proxy?.close();
    await catcher?.close();
    await infra?.cleanup();
  });

  async function start(): Promise<void> {
    const port = await freePort();
    worker = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        PORT: String(port),
        DATABASE_URL: infra.databaseUrl,
        RABBITMQ_URL: infra.rabbitmqUrl,
        REDIS_URL: infra.redisUrl,
        BULL_PREFIX: infra.bullPrefix,
        SMTP_URL: proxy.url,
        // A dead worker's batch is taken over after a second instead of thirty.
        EMAIL_JOB_LOCK_MS: '1000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await eventually(
      async () => expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200),
      30_000,
    );
  }

  async function kill(): Promise<void> {
    const child = worker!;
    worker = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async function stop(): Promise<void> {
    const child = worker;
    if (!child) return;
    worker = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async function publishInvitation(address: string) {
    const event = invited({ rater: { name: 'Rater', email: address, language: 'id', position: null } });
    const channel = await broker.createConfirmChannel();
    channel.publish(EVENTS_EXCHANGE, 'evaluation.invited', Buffer.from(JSON.stringify(event)), { persistent: true });
    await channel.waitForConfirms();
    await channel.close();
    return event;
  }

  const statusesOf = (sourceEventId: string) =>
    tap.events
      .filter((e) => e.routingKey === 'email.status')
      .map((e) => e.envelope.data as EmailStatusV1)
      .filter((s) => s.sourceEventId === sourceEventId);

  async function killWhileHeld(point: HoldPoint, address: string) {
    await start();
    const held = proxy.holdNext(point);
    const event = await publishInvitation(address);
    const messageId = await within(held, 30_000, `the email held ${point}`);
    await kill();
    await start();
    const status = await eventually(() => {
      const [found] = statusesOf(event.id);
      expect(found).toBeDefined();
      return found!;
    }, 30_000);
    await stop();
    return { event, messageId, status };
  }

  it('sends the email exactly once when killed before the server accepted it', async () => {
    const address = 'killed-before-accept@example.go.id';
    const { event, status } = await killWhileHeld('before-accept', address);

    expect(status).toMatchObject({ status: 'sent', attempts: 1 });
    const received = catcher.messages().filter((m) => m.to.includes(address));
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toContain(event.data.links.start);
    expect(statusesOf(event.id)).toHaveLength(1);
  });

  it('sends it again, with the same Message-ID, when killed after the server accepted it, and reports it once', async () => {
    const address = 'killed-after-accept@example.go.id';
    const { event, messageId, status } = await killWhileHeld('after-accept', address);

    expect(status).toMatchObject({ status: 'sent' });
    expect(catcher.messages().filter((m) => m.to.includes(address))).toHaveLength(2);
    expect(messageId).toBe(`<invitation.${event.id}@evkin>`);
    expect(proxy.accepted().filter((id) => id === messageId)).toHaveLength(2);
    expect(statusesOf(event.id)).toHaveLength(1);
  });
});
