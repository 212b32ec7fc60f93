// How long does a bulk invitation of 50,000 participants take until every `evaluation.invited`
// event is confirmed by the broker (issue 3: goal ≤ 30 s)? Starts the assessment service and the
// gateway built from this repository on the local PostgreSQL and RabbitMQ, imports the participants
// through POST /api/admin/imports, binds a queue of its own to `evkin.events` for
// `evaluation.invited` (as an integrator would), then times POST /api/admin/batteries/:id/invitations
// and the events arriving in that queue. Prints numbers only.
//   npm run bench:invite [participants]
import { connect } from 'amqplib';
import { createBattery, importFile, participantCsv, seconds, startAssessmentStack } from './support.mjs';

const count = Number(process.argv[2] ?? 50_000);

const stack = await startAssessmentStack('invite');
let connection;
try {
  const battery = await createBattery(stack.api, 'Evkin Ahli Muda Invite Bench');
  const file = { bytes: participantCsv(count, battery.name), fileName: 'peserta.csv', batteryId: battery.id };
  await importFile(stack.api, { ...file, dryRun: false });

  connection = await connect(stack.infra.rabbitmqUrl);
  const channel = await connection.createChannel();
  const { queue } = await channel.assertQueue('', { exclusive: true });
  await channel.bindQueue(queue, 'evkin.events', 'evaluation.invited');
  const arrived = async () => (await channel.checkQueue(queue)).messageCount;

  const started = Date.now();
  const result = await stack.api(`/api/admin/batteries/${battery.id}/invitations`, {
    method: 'POST',
    body: JSON.stringify({}),
  });
  const answered = Date.now();
  const atAnswer = await arrived();
  let last = atAnswer;
  while (last < result.invited) {
    await new Promise((r) => setTimeout(r, 50));
    last = await arrived();
  }
  const done = Date.now();

  console.log(`bulk invite: ${count} participants imported, ${result.invited} invited, through the gateway`);
  console.log(`  POST …/invitations answered: ${seconds(answered - started)} (${atAnswer} events in the broker then)`);
  console.log(`  all ${last} evaluation.invited events confirmed by the broker: ${seconds(done - started)}`);
  console.log(`  = ${(result.invited / ((done - started) / 1000)).toFixed(0)} invitations/s (goal ≤ 30 s)`);
} finally {
  await connection?.close();
  await stack.stop();
}
