import { connect, type ChannelModel, type ConsumeMessage } from 'amqplib';
import { EVENTS_EXCHANGE, type CloudEvent } from '@evkin/contracts';

export interface TappedEvent {
  routingKey: string;
  envelope: CloudEvent;
  message: ConsumeMessage;
}

/** What an integrator does: bind an own queue to `evkin.events` with `#` and read everything. */
export async function tapEvents(rabbitmqUrl: string): Promise<{ events: TappedEvent[]; close(): Promise<void> }> {
  const connection: ChannelModel = await connect(rabbitmqUrl);
  const channel = await connection.createChannel();
  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  const { queue } = await channel.assertQueue('', { exclusive: true });
  await channel.bindQueue(queue, EVENTS_EXCHANGE, '#');
  const events: TappedEvent[] = [];
  await channel.consume(queue, (message) => {
    if (!message) return;
    events.push({
      routingKey: message.fields.routingKey,
      envelope: JSON.parse(message.content.toString('utf8')) as CloudEvent,
      message,
    });
    channel.ack(message);
  });
  return {
    events,
    async close() {
      await connection.close();
    },
  };
}
