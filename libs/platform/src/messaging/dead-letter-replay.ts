import { connect, type GetMessage } from 'amqplib';
import type { RoutingKey, ServiceName } from '@evkin/contracts';
import { ATTEMPT_HEADER, consumerQueue, ROUTING_KEY_HEADER } from './event-consumer.js';

const BROKER_DEATH_HEADER = /^x-(death|first-death-|last-death-)/;

export interface ReplayResult {
  /** Messages moved back to the service's queue, in their dead-lettered order. */
  replayed: number;
  /** Messages left in the dead-letter queue: their routing key could not be recovered. */
  left: number;
}

/**
 * Moves dead-lettered events back to the service's queue for another round of attempts, once
 * the cause (a bug, a service down) is fixed. Safe to run twice or beside the running service:
 * consumers deduplicate by event id, and each message leaves the DLQ only after the broker has
 * confirmed its copy on the main queue.
 */
export async function replayDeadLetters(
  rabbitmqUrl: string,
  service: ServiceName,
  options: { limit?: number } = {},
): Promise<ReplayResult> {
  const queue = consumerQueue(service);
  const dlq = `${queue}.dlq`;
  const connection = await connect(rabbitmqUrl);
  try {
    const channel = await connection.createConfirmChannel();
    const { messageCount } = await channel.checkQueue(dlq);
    const budget = Math.min(messageCount, options.limit ?? messageCount);
    const unrecoverable: GetMessage[] = [];
    let replayed = 0;
    for (let i = 0; i < budget; i++) {
      const message = await channel.get(dlq, { noAck: false });
      if (!message) break;
      const routingKey = originalRoutingKey(message);
      if (!routingKey) {
        unrecoverable.push(message);
        continue;
      }
      // The broker's own death records stay behind: the replayed copy starts a fresh history.
      const headers = Object.fromEntries(
        Object.entries(message.properties.headers ?? {}).filter(([name]) => !BROKER_DEATH_HEADER.test(name)),
      );
      channel.sendToQueue(queue, message.content, {
        ...message.properties,
        persistent: true,
        headers: { ...headers, [ATTEMPT_HEADER]: 1, [ROUTING_KEY_HEADER]: routingKey },
      });
      await channel.waitForConfirms();
      channel.ack(message);
      replayed++;
    }
    for (const message of unrecoverable) channel.nack(message, false, true);
    await channel.close();
    return { replayed, left: messageCount - replayed };
  } finally {
    await connection.close();
  }
}

/** A retried event carries its key in a header; a first-attempt one in the broker's x-death record. */
function originalRoutingKey(message: GetMessage): RoutingKey | undefined {
  const headers = message.properties.headers ?? {};
  const fromHeader = headers[ROUTING_KEY_HEADER] as RoutingKey | undefined;
  if (fromHeader) return fromHeader;
  const deaths = (headers['x-death'] ?? []) as { reason?: string; 'routing-keys'?: string[] }[];
  const rejected = deaths.find((d) => d.reason === 'rejected');
  return rejected?.['routing-keys']?.[0] as RoutingKey | undefined;
}
