import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * Where to stop a message in the SMTP conversation:
 * - `before-accept`: the client has sent the whole message but the final "." never reaches the
 *   server, which therefore never accepts it;
 * - `after-accept`: the server has accepted the message ("250"), but the client never hears so.
 */
export type HoldPoint = 'before-accept' | 'after-accept';

export interface HoldProxy {
  url: string;
  /** Holds the next message at `point`; resolves (with its Message-ID) once it is held there. */
  holdNext(point: HoldPoint): Promise<string | null>;
  /** Message-IDs of the messages the server accepted through this proxy, in order. */
  accepted(): (string | null)[];
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of the mail catcher that understands just enough SMTP to freeze a message
 * in its DATA phase, so a test can kill the sender at that exact moment.
 */
export async function startHoldProxy(target: { port: number; host?: string }): Promise<HoldProxy> {
  let armed: { point: HoldPoint; resolve: (messageId: string | null) => void } | undefined;
  const accepted: (string | null)[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host ?? '127.0.0.1');
    sockets.add(client).add(upstream);
    let commands = '';
    let message: string | undefined;
    let awaitingReply: { messageId: string | null; onHeld?: (messageId: string | null) => void } | undefined;
    let held = false;
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);

    client.on('data', (chunk: Buffer) => {
      if (held) return;
      const text = chunk.toString('latin1');
      if (message === undefined) {
        commands += text;
        const lines = commands.split('\r\n');
        commands = lines.pop()!;
        if (lines.some((line) => line.toUpperCase() === 'DATA')) message = '';
        upstream.write(chunk);
        return;
      }
      message += text;
      if (!message.includes('\r\n.\r\n')) {
        upstream.write(chunk);
        return;
      }
      const messageId = /^message-id:\s*(\S+)/im.exec(message)?.[1] ?? null;
      message = undefined;
      const hold = armed;
      if (hold?.point === 'before-accept') {
        armed = undefined;
        held = true;
        hold.resolve(messageId);
        return;
      }
      awaitingReply = { messageId };
      if (hold?.point === 'after-accept') {
        armed = undefined;
        awaitingReply.onHeld = hold.resolve;
      }
      upstream.write(chunk);
    });

    upstream.on('data', (chunk: Buffer) => {
      if (held) return;
      const reply = awaitingReply;
      if (reply && chunk.toString('latin1').startsWith('250')) {
        awaitingReply = undefined;
        accepted.push(reply.messageId);
        if (reply.onHeld) {
          held = true;
          reply.onHeld(reply.messageId);
          return;
        }
      }
      client.write(chunk);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    holdNext(point) {
      return new Promise((resolve) => {
        armed = { point, resolve };
      });
    },
    accepted: () => [...accepted],
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
