// How fast do `evaluation.invited` events become emails accepted by an SMTP server?
// Publishes N events (default 50,000) to a notification service built from this repository,
// backed by the local PostgreSQL, RabbitMQ and Redis, and times until an SMTP sink has accepted
// every email. Goal (issue 4): ≥ 500 emails/s on the 2-core development machine.
//   npm run build:backend && node bench/notification-throughput.mjs [count] [replicas]
// With replicas > 1, that many notification processes share the queues, as pods would.
import { connect } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { freePort, isolatedInfra, root, runNode, startService, waitForHttp } from './support.mjs';

const count = Number(process.argv[2] ?? 50_000);
const replicas = Number(process.argv[3] ?? 1);

function startSink() {
  let accepted = 0;
  const waiters = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        accepted++;
        for (const w of waiters) if (accepted >= w.n) w.resolve();
        callback();
      });
      stream.resume();
    },
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `smtp://127.0.0.1:${server.server.address().port}`,
        accepted: () => accepted,
        reach: (n) => new Promise((r) => (accepted >= n ? r() : waiters.push({ n, resolve: r }))),
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}

const closesAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);
const battery = {
  id: randomUUID(),
  name: 'Baterai Pengantar Kerja Ahli Pertama 2026',
  programme: 'Pelatihan Teknis Pengantar Kerja Ahli Pertama',
  periodStart: '2026-01-01',
  deadline: closesAt.toISOString().slice(0, 10),
  closesAt: closesAt.toISOString(),
};

function invited() {
  const participantId = randomUUID();
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/evkin/bench',
    type: 'id.evkin.evaluation.invited.v1',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: {
      assignmentId: randomUUID(),
      participantId,
      role: 'peer',
      reason: 'invitation',
      rater: { name: 'Rater', email: `rater-${randomUUID()}@example.go.id`, language: 'id', position: null },
      participant: {
        id: participantId,
        name: 'Peserta',
        email: `peserta-${participantId}@example.go.id`,
        nip: null,
        target: 'ahli_pertama',
        unit: 'Disnaker Kota Bandung',
        province: 'Jawa Barat',
        regency: 'Kota Bandung',
        language: 'id',
      },
      battery,
      links: { start: `https://evkin.example/e#${randomUUID()}`, monitoring: null },
    },
  };
}

const infra = await isolatedInfra('notify');
const sink = await startSink();
const ports = await Promise.all(Array.from({ length: replicas }, () => freePort()));
const env = {
  NODE_ENV: 'production',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  DATABASE_URL: infra.databaseUrl,
  RABBITMQ_URL: infra.rabbitmqUrl,
  REDIS_URL: infra.redisUrl,
  BULL_PREFIX: infra.name,
  SMTP_URL: sink.url,
};
const services = [];
try {
  runNode(join(root, 'services/notification/dist/migrate.js'), env);
  for (const port of ports) {
    services.push(startService(join(root, 'services/notification/dist/main.js'), { ...env, PORT: String(port) }));
  }
  for (const port of ports) await waitForHttp(`http://127.0.0.1:${port}/health/ready`);

  const connection = await connect(infra.rabbitmqUrl);
  const channel = await connection.createConfirmChannel();
  const started = Date.now();
  for (let sent = 0; sent < count; sent += 1000) {
    for (let i = sent; i < Math.min(count, sent + 1000); i++) {
      channel.publish('evkin.events', 'evaluation.invited', Buffer.from(JSON.stringify(invited())), {
        persistent: true,
      });
    }
    await channel.waitForConfirms();
  }
  const published = Date.now();
  const progress = setInterval(() => process.stdout.write(`  … ${sink.accepted()} accepted\n`), 10_000);
  await sink.reach(count);
  clearInterval(progress);
  const done = Date.now();
  await connection.close();

  const seconds = (done - started) / 1000;
  console.log(
    `notification throughput (${replicas} process${replicas > 1 ? 'es' : ''}): ${count} invited events → ${sink.accepted()} emails accepted by the SMTP sink`,
  );
  console.log(`  publishing: ${((published - started) / 1000).toFixed(1)} s`);
  console.log(
    `  first publish to last email accepted: ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} emails/s (goal ≥ 500)`,
  );
} finally {
  await Promise.all(services.map((service) => service.stop()));
  await sink.close();
  await infra.cleanup();
}
