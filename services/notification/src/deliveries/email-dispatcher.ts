import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { CommitDrivenWorker } from '@evkin/platform';
import { NOTIFICATION_ENV, type NotificationEnv } from '../config.js';
import { EMAIL_QUEUE, emailJobOptions, type EmailJob } from '../email-queue/email-queue.js';

export const EMAIL_CHANNEL = 'evkin_email_notification';
const BATCH_SIZE = 500;

/**
 * Hands committed deliveries to the Bull queue. Queueing inside the recording transaction would
 * let a worker run before the row is visible (or queue an email whose transaction then rolled
 * back); queueing after commit from the consumer would lose it if the process died in between.
 * Relaying committed rows, with the delivery id as job id, is safe against both.
 */
@Injectable()
export class EmailDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly worker: CommitDrivenWorker;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(EMAIL_QUEUE) private readonly queue: Queue<EmailJob>,
    @Inject(NOTIFICATION_ENV) private readonly env: NotificationEnv,
  ) {
    this.worker = new CommitDrivenWorker('email-dispatcher', env.DATABASE_URL, EMAIL_CHANNEL, async () => {
      return (await this.dispatchBatch()) === BATCH_SIZE;
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.worker.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.worker.stop();
  }

  private dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM notification.email_delivery WHERE enqueued_at IS NULL AND status = 'queued'
          ORDER BY updated_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const options = emailJobOptions(this.env);
      await this.queue.addBulk(rows.map(({ id }) => ({ data: { deliveryId: id }, opts: { ...options, jobId: id } })));
      await manager.query('UPDATE notification.email_delivery SET enqueued_at = now() WHERE id = ANY($1::text[])', [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }
}
