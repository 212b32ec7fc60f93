// `npm run dlq:replay -- <assessment|notification|reporting> [--limit N]`: moves a service's
// dead-lettered events back to its queue once the cause is fixed (docs/operations.md). Uses
// RABBITMQ_URL like the services do; consumers deduplicate, so running it twice is harmless.
import { parseArgs } from 'node:util';
import { replayDeadLetters } from '@evkin/platform';

const SERVICES = ['assessment', 'notification', 'reporting'];
const { positionals, values } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' } } });
const [service] = positionals;
if (!SERVICES.includes(service)) {
  console.error(`usage: npm run dlq:replay -- <${SERVICES.join('|')}> [--limit N]`);
  process.exit(2);
}
const limit = values.limit === undefined ? undefined : Number(values.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
  console.error('--limit must be a positive whole number');
  process.exit(2);
}
const url = process.env.RABBITMQ_URL ?? 'amqp://guest:guest@localhost:5672';
const { replayed, left } = await replayDeadLetters(url, service, { limit });
console.log(`evkin.${service}.events.dlq: ${replayed} replayed, ${left} left`);
