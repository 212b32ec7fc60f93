import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { CapturedMail } from '@evkin/contracts';

export interface MailCatcherOptions {
  port?: number;
  host?: string;
  /** Oldest messages are dropped beyond this, so a long dev session cannot exhaust memory. */
  capacity?: number;
  /**
   * Lets tests play a difficult SMTP server: return a reply (e.g. `{ code: 451, message: '4.3.0
   * try later' }`) to refuse a recipient; `attempt` counts this recipient's tries from 1.
   */
  refuse?: (address: string, attempt: number) => { code: number; message: string } | undefined;
}

export interface MailCatcher {
  readonly port: number;
  readonly url: string;
  messages(): CapturedMail[];
  /** Resolves with the first message (already received or arriving) that matches. */
  waitFor(predicate: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  close(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((group) => group.value.map((entry) => entry.address ?? '')).filter(Boolean);
}

/** An SMTP server that accepts every message (no auth, no TLS) and keeps it parsed in memory. */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const capacity = options.capacity ?? 1000;
  const store: CapturedMail[] = [];
  const arrivals = new EventEmitter();
  arrivals.setMaxListeners(0);

  const tries = new Map<string, number>();
  const server = new SMTPServer({
    onRcptTo(address, _session, callback) {
      const attempt = (tries.get(address.address) ?? 0) + 1;
      tries.set(address.address, attempt);
      const refusal = options.refuse?.(address.address, attempt);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CapturedMail = {
            id: randomUUID(),
            receivedAt: new Date().toISOString(),
            from: addresses(parsed.from)[0] ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
          };
          store.push(mail);
          if (store.length > capacity) store.shift();
          arrivals.emit('mail', mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages: () => [...store],
    waitFor(predicate, timeoutMs = 15_000) {
      const existing = store.find(predicate);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const onMail = (mail: CapturedMail) => {
          if (!predicate(mail)) return;
          clearTimeout(timer);
          arrivals.off('mail', onMail);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          arrivals.off('mail', onMail);
          reject(new Error(`no matching mail within ${timeoutMs} ms (${store.length} caught)`));
        }, timeoutMs);
        arrivals.on('mail', onMail);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
