import { Logger } from '@nestjs/common';
import pg from 'pg';

/** Safety net for notifications missed while the LISTEN connection was down. */
const POLL_INTERVAL_MS = 1000;

/**
 * Runs `pass` whenever a transaction that called `pg_notify(channel)` commits, and once a second
 * in any case. Passes never overlap; kicks during a pass coalesce into one more pass. This is the
 * engine of every "table row → somewhere else" relay: the outbox, the email dispatcher.
 */
export class CommitDrivenWorker {
  private readonly logger: Logger;
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly databaseUrl: string,
    private readonly channel: string,
    /** Returns true when there may be more work right away (a full batch). */
    private readonly pass: () => Promise<boolean>,
  ) {
    this.logger = new Logger(name);
  }

  async start(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.kick(), POLL_INTERVAL_MS);
    this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves once everything committed before the call has been passed on. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain();
  }

  /** Stops waking up, lets the pass in hand finish, closes the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  private async drain(): Promise<void> {
    try {
      while ((await this.pass()) && !this.stopped);
    } catch (error) {
      this.logger.warn(`will retry: ${(error as Error).message}`);
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: this.name });
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      // Polling keeps work flowing; re-listen so latency recovers too.
      this.logger.warn(`LISTEN connection lost: ${error.message}`);
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), POLL_INTERVAL_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.listener = client;
  }
}
