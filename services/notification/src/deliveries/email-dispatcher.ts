import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommitDrivenWorker } from '@evkin/platform';
import { NOTIFICATION_ENV, type NotificationEnv } from '../config.js';
import { batchPlan, EMAIL_QUEUE, emailJobOptions, type EmailJob } from '../email-queue/email-queue.js';

export const EMAIL_CHANNEL = 'evkin_email_notification';
const PASS_SIZE = 1000;

/**
 * Hands committed deliveries to the Bull queue, in batches (one job per batch). Queueing inside
 * the recording transaction would let a worker run before the row is visible (or queue an email
 * whose transaction then rolled back); queueing after commit from the consumer would lose it if
 * the process died in between. Relaying committed rows is safe against both; should a pass die
 * after queueing but before marking, the rows are queued again, and the claim (DeliverySender)
 * lets only one job send each. Retries come back this way too, once their backoff has passed
 * (the worker's one-second poll finds them).
 */
@Injectable()
export class EmailDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly worker: CommitDrivenWorker;
  private readonly batchSize: number;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(EMAIL_QUEUE) private readonly queue: Queue<EmailJob>,
    @Inject(NOTIFICATION_ENV) env: NotificationEnv,
  ) {
    this.batchSize = batchPlan(env).size;
    this.worker = new CommitDrivenWorker('email-dispatcher', env.DATABASE_URL, EMAIL_CHANNEL, async () => {
      return (await this.dispatchPass()) === PASS_SIZE;
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.worker.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.worker.stop();
  }

  private dispatchPass(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM notification.email_delivery
          WHERE enqueued_at IS NULL AND status = 'queued' AND not_before <= now()
          ORDER BY not_before LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [PASS_SIZE],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      const jobs: { data: EmailJob; opts: typeof emailJobOptions & { jobId: string } }[] = [];
      for (let i = 0; i < ids.length; i += this.batchSize) {
        jobs.push({
          data: { deliveryIds: ids.slice(i, i + this.batchSize) },
          opts: { ...emailJobOptions, jobId: randomUUID() },
        });
      }
      await this.queue.addBulk(jobs);
      await manager.query('UPDATE notification.email_delivery SET enqueued_at = now() WHERE id = ANY($1::text[])', [
        ids,
      ]);
      return rows.length;
    });
  }
}
