import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { connect, type Channel, type ChannelModel } from 'amqplib';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  EVENT_TYPES,
  EVENTS_EXCHANGE,
  type EvaluationCompletedV1,
  type EvkinEvent,
  type RoutingKey,
} from '@evkin/contracts';
import {
  DatabaseModule,
  EventConsumer,
  HealthModule,
  MessagingModule,
  MetricsModule,
  OutboxRelay,
  OutboxService,
  replayDeadLetters,
  runMigrations,
  runWithContext,
  type ServiceDatabase,
} from '@evkin/platform';
import { tapEvents } from '../../../test/support/event-tap.js';
import { eventually, within } from '../../../test/support/eventually.js';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';

const database: ServiceDatabase = { schema: 'reporting', entities: [], migrations: [] };
const QUEUE = 'evkin.reporting.events';

type Behaviour = (event: EvkinEvent<'evaluation.completed'>) => Promise<void>;

/** A stand-in feature: records what it handled, behaving as each test tells it to. */
@Injectable()
class Recorder {
  handled: string[] = [];
  attempts = 0;
  behaviour: Behaviour = () => Promise.resolve();
  /** Sizes of the groups the group handler was given, and what it handled. */
  groups: number[] = [];
  groupHandled: string[] = [];
  groupGate: Promise<void> = Promise.resolve();

  constructor(consumer: EventConsumer) {
    consumer.on('evaluation.completed', async (event, manager) => {
      this.attempts++;
      await this.behaviour(event);
      // A write in the consumer's transaction: a group that rolls back takes it back too.
      await manager.query('INSERT INTO reporting.handled_probe (event_id) VALUES ($1)', [event.id]);
      this.handled.push(event.id);
    });
    consumer.onGroup('evaluation.submitted', async (events) => {
      await this.groupGate;
      this.groups.push(events.length);
      this.groupHandled.push(...events.map((e) => e.event.id));
    });
  }
}

function submittedEvent(): EvkinEvent<'evaluation.submitted'> {
  return {
    ...completedEvent(),
    type: EVENT_TYPES['evaluation.submitted'],
  } as unknown as EvkinEvent<'evaluation.submitted'>;
}

function completedEvent(id = randomUUID()): EvkinEvent<'evaluation.completed'> {
  return {
    specversion: '1.0',
    id,
    source: '/evkin/test',
    type: EVENT_TYPES['evaluation.completed'],
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    // The messaging layer never reads the payload: a minimal one keeps the test about delivery.
    data: {
      participantId: randomUUID(),
      completedAt: new Date().toISOString(),
      assignments: [],
      links: { monitoring: null },
    } as unknown as EvaluationCompletedV1,
  };
}

/** A table the test handler writes to, so a test can see what a rolled-back group left behind. */
async function createProbe(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS reporting.handled_probe (event_id uuid NOT NULL)');
  } finally {
    await client.end();
  }
}

describe('event backbone: outbox relay and consumer on real PostgreSQL and RabbitMQ', () => {
  let infra: IsolatedInfra;
  let app: Awaited<ReturnType<ReturnType<typeof Test.createTestingModule>['compile']>>;
  let recorder: Recorder;
  let broker: ChannelModel;
  let channel: Channel;

  const publishRaw = (routingKey: RoutingKey, body: unknown) =>
    channel.publish(EVENTS_EXCHANGE, routingKey, Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)), {
      persistent: true,
    });
  const deadLettered = async () => {
    const messages = [];
    for (let m = await channel.get(`${QUEUE}.dlq`); m; m = await channel.get(`${QUEUE}.dlq`)) messages.push(m);
    return messages;
  };

  beforeAll(async () => {
    infra = await isolate('messaging');
    await runMigrations(infra.databaseUrl, database);
    await createProbe(infra.databaseUrl);
    @Module({ providers: [Recorder] })
    class FeatureModule {}
    app = await Test.createTestingModule({
      imports: [
        HealthModule.forService('reporting'),
        MetricsModule.forService('reporting'),
        DatabaseModule.forService(infra.databaseUrl, database),
        MessagingModule.forService({
          rabbitmqUrl: infra.rabbitmqUrl,
          outbox: { databaseUrl: infra.databaseUrl },
          consumer: { retryDelaysMs: [50, 50, 50], prefetch: 10, groupSize: 5 },
        }),
        FeatureModule,
      ],
    }).compile();
    await app.init();
    recorder = app.get(Recorder);
    broker = await connect(infra.rabbitmqUrl);
    channel = await broker.createChannel();
  }, 60_000);

  afterAll(async () => {
    await broker?.close();
    await app?.close();
    await infra?.cleanup();
  });

  beforeEach(() => {
    recorder.behaviour = () => Promise.resolve();
    recorder.handled = [];
    recorder.attempts = 0;
  });

  it('relays committed outbox events as persistent CloudEvents and empties the outbox', async () => {
    const tap = await tapEvents(infra.rabbitmqUrl);
    const dataSource = app.get(DataSource);
    const outbox = app.get(OutboxService);
    const sent = await runWithContext({ correlationId: 'corr-1' }, () =>
      dataSource.transaction((manager) => outbox.add(manager, 'evaluation.completed', completedEvent().data)),
    );
    await eventually(() => expect(tap.events.map((e) => e.envelope.id)).toContain(sent.id));
    const received = tap.events.find((e) => e.envelope.id === sent.id)!;
    expect(received.envelope).toMatchObject({
      specversion: '1.0',
      source: '/evkin/reporting',
      correlationid: 'corr-1',
    });
    expect(received.message.properties.deliveryMode).toBe(2);
    expect(received.message.properties.headers?.['x-correlation-id']).toBe('corr-1');
    await eventually(async () => expect(await dataSource.query('SELECT * FROM reporting.outbox')).toHaveLength(0));
    await tap.close();
  });

  it('publishes nothing from a rolled-back transaction', async () => {
    const tap = await tapEvents(infra.rabbitmqUrl);
    const dataSource = app.get(DataSource);
    const outbox = app.get(OutboxService);
    let rolledBack = '';
    await expect(
      dataSource.transaction(async (manager) => {
        rolledBack = (await outbox.add(manager, 'evaluation.completed', completedEvent().data)).id;
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    const committed = await dataSource.transaction((manager) =>
      outbox.add(manager, 'evaluation.completed', completedEvent().data),
    );
    await app.get(OutboxRelay).flush();
    await eventually(() => expect(tap.events.map((e) => e.envelope.id)).toContain(committed.id));
    expect(tap.events.map((e) => e.envelope.id)).not.toContain(rolledBack);
    await tap.close();
  });

  it('handles an event delivered twice only once', async () => {
    const event = completedEvent();
    publishRaw('evaluation.completed', event);
    publishRaw('evaluation.completed', event);
    const marker = completedEvent();
    publishRaw('evaluation.completed', marker);
    await eventually(() => expect(recorder.handled).toContain(marker.id));
    expect(recorder.handled.filter((id) => id === event.id)).toHaveLength(1);
    const rows: unknown[] = await app
      .get(DataSource)
      .query('SELECT 1 FROM reporting.processed_event WHERE event_id = $1', [event.id]);
    expect(rows).toHaveLength(1);
  });

  it('forgets processed-event records past the retention, and only those', async () => {
    const dataSource = app.get(DataSource);
    const old = randomUUID();
    const recent = randomUUID();
    const otherConsumer = randomUUID();
    await dataSource.query(
      `INSERT INTO reporting.processed_event (consumer, event_id, processed_at) VALUES
         ($1, $2, now() - interval '31 days'), ($1, $3, now() - interval '29 days'),
         ('evkin.someone-else.events', $4, now() - interval '90 days')`,
      [QUEUE, old, recent, otherConsumer],
    );
    expect(await app.get(EventConsumer).pruneProcessedEvents()).toBe(1);
    const left: { event_id: string }[] = await dataSource.query(
      'SELECT event_id FROM reporting.processed_event WHERE event_id = ANY($1)',
      [[old, recent, otherConsumer]],
    );
    expect(left.map((r) => r.event_id).sort()).toEqual([recent, otherConsumer].sort());
  });

  it('replays dead-lettered events to the consumer once the cause is fixed', async () => {
    recorder.behaviour = () => Promise.reject(new Error('a bug, fixed in the next release'));
    const first = completedEvent();
    publishRaw('evaluation.completed', first);
    await eventually(async () => expect((await channel.checkQueue(`${QUEUE}.dlq`)).messageCount).toBe(1));
    recorder.behaviour = () => Promise.resolve();
    expect(await replayDeadLetters(infra.rabbitmqUrl, 'reporting')).toEqual({ replayed: 1, left: 0 });
    await eventually(() => expect(recorder.handled).toEqual([first.id]));
    expect((await channel.checkQueue(`${QUEUE}.dlq`)).messageCount).toBe(0);
  });

  it('retries a failing handler and succeeds without dead-lettering', async () => {
    recorder.behaviour = () => (recorder.attempts < 3 ? Promise.reject(new Error('transient')) : Promise.resolve());
    const event = completedEvent();
    publishRaw('evaluation.completed', event);
    await eventually(() => expect(recorder.handled).toEqual([event.id]));
    expect(recorder.attempts).toBe(3);
    expect(await deadLettered()).toHaveLength(0);
  });

  it('dead-letters after the bounded retries, keeping the event intact', async () => {
    recorder.behaviour = () => Promise.reject(new Error('permanent'));
    const event = completedEvent();
    publishRaw('evaluation.completed', event);
    const dead = await eventually(async () => {
      const messages = await deadLettered();
      expect(messages).toHaveLength(1);
      return messages;
    });
    expect(recorder.attempts).toBe(4);
    expect(JSON.parse(dead[0]!.content.toString('utf8'))).toEqual(event);
    // A failed handler leaves no trace of having processed the event.
    expect(
      await app.get(DataSource).query('SELECT 1 FROM reporting.processed_event WHERE event_id = $1', [event.id]),
    ).toHaveLength(0);
  });

  it('handles a burst in groups, each event once', async () => {
    let open: () => void = () => undefined;
    recorder.groupGate = new Promise<void>((resolve) => (open = resolve));
    recorder.groups = [];
    recorder.groupHandled = [];
    const events = Array.from({ length: 30 }, () => submittedEvent());
    for (const event of events) publishRaw('evaluation.submitted', event);
    // With the first groups held, the consumer fills its prefetch of 10 and the rest wait in the queue.
    await eventually(async () => expect((await channel.checkQueue(QUEUE)).messageCount).toBe(20));
    open();
    await eventually(() => expect(recorder.groupHandled).toHaveLength(30));
    expect([...recorder.groupHandled].sort()).toEqual(events.map((e) => e.id).sort());
    expect(Math.max(...recorder.groups)).toBe(5);
    expect(recorder.groups.length).toBeLessThan(30);
  });

  it('lets one failing event in a group fail alone: the others are handled once, it is retried, then dead-lettered', async () => {
    const events = Array.from({ length: 12 }, () => completedEvent());
    const bad = events[6]!;
    recorder.behaviour = (event) => (event.id === bad.id ? Promise.reject(new Error('bad event')) : Promise.resolve());
    for (const event of events) publishRaw('evaluation.completed', event);
    const dead = await eventually(async () => {
      const messages = await deadLettered();
      expect(messages).toHaveLength(1);
      return messages;
    });
    expect((JSON.parse(dead[0]!.content.toString('utf8')) as { id: string }).id).toBe(bad.id);
    const good = events.filter((e) => e !== bad).map((e) => e.id);
    // The handler ran again for its group's events after the rollback; what stays is one write each.
    await eventually(() => expect([...new Set(recorder.handled)].sort()).toEqual([...good].sort()));
    const probe: { event_id: string; n: number }[] = await app
      .get(DataSource)
      .query('SELECT event_id, count(*)::int AS n FROM reporting.handled_probe WHERE event_id = ANY($1) GROUP BY 1', [
        events.map((e) => e.id),
      ]);
    expect(probe.map((r) => r.event_id).sort()).toEqual([...good].sort());
    expect(probe.every((r) => r.n === 1)).toBe(true);
  });

  it('knows an event again when its id is written in capitals', async () => {
    const event = completedEvent();
    publishRaw('evaluation.completed', { ...event, id: event.id.toUpperCase() });
    publishRaw('evaluation.completed', event);
    const marker = completedEvent();
    publishRaw('evaluation.completed', marker);
    await eventually(() => expect(recorder.handled).toContain(marker.id));
    expect(recorder.handled.filter((id) => id.toLowerCase() === event.id)).toHaveLength(1);
  });

  it('dead-letters a message that is not a CloudEvent without calling the handler', async () => {
    publishRaw('evaluation.completed', 'this is not json');
    const dead = await eventually(async () => {
      const messages = await deadLettered();
      expect(messages).toHaveLength(1);
      return messages;
    });
    expect(dead[0]!.content.toString('utf8')).toBe('this is not json');
    expect(recorder.attempts).toBe(0);
  });
});

describe('graceful shutdown of a consumer', () => {
  it('finishes the event in hand before closing, so it is neither lost nor redelivered', async () => {
    const infra = await isolate('shutdown');
    try {
      await runMigrations(infra.databaseUrl, database);
      await createProbe(infra.databaseUrl);
      @Module({ providers: [Recorder] })
      class FeatureModule {}
      const app = await Test.createTestingModule({
        imports: [
          HealthModule.forService('reporting'),
          MetricsModule.forService('reporting'),
          DatabaseModule.forService(infra.databaseUrl, database),
          MessagingModule.forService({
            rabbitmqUrl: infra.rabbitmqUrl,
            consumer: { retryDelaysMs: [50], prefetch: 1 },
          }),
          FeatureModule,
        ],
      }).compile();
      await app.init();
      const broker = await connect(infra.rabbitmqUrl);
      try {
        const recorder = app.get(Recorder);
        let release: () => void = () => undefined;
        let started: () => void = () => undefined;
        const inHandler = new Promise<void>((resolve) => (started = resolve));
        recorder.behaviour = () => {
          started();
          return new Promise<void>((resolve) => (release = resolve));
        };
        const channel = await broker.createChannel();
        const event = completedEvent();
        channel.publish(EVENTS_EXCHANGE, 'evaluation.completed', Buffer.from(JSON.stringify(event)), {
          persistent: true,
        });
        await within(inHandler, 10_000, 'the event to reach the handler');
        const closing = app.close();
        release();
        await closing;
        expect(recorder.handled).toEqual([event.id]);
        const queue = await channel.checkQueue(QUEUE);
        expect(queue.messageCount).toBe(0);
      } finally {
        await broker.close();
        await app.close();
      }
    } finally {
      await infra.cleanup();
    }
  });
});

describe('migrations', () => {
  it('apply exactly once when two runs race', async () => {
    const infra = await isolate('migrate');
    try {
      const [a, b] = await Promise.all([
        runMigrations(infra.databaseUrl, database),
        runMigrations(infra.databaseUrl, database),
      ]);
      expect([...a, ...b]).toEqual(['MessagingTables1763870400000', 'ProcessedEventRetention1764650000000']);
    } finally {
      await infra.cleanup();
    }
  });
});
