import type { JobOptions } from 'bull';
import type { NotificationEnv } from '../config.js';

export const EMAIL_QUEUE = 'email';

/** A batch of deliveries; their content and state live in the database rows. */
export interface EmailJob {
  deliveryIds: string[];
}

/** Deliveries per Bull job: fewer Redis round trips per email, while a batch stays short to send. */
export const MAX_BATCH = 50;

/** Bull jobs one worker process runs side by side (so up to 4 × 50 emails in flight). */
export const JOBS_IN_PARALLEL = 4;

/**
 * Bull's limiter counts jobs, not emails: with a cap, batches shrink to a divisor of the cap so
 * that jobs per second × batch size is exactly the cap (or below it), never above.
 */
export function batchPlan(env: Pick<NotificationEnv, 'EMAIL_RATE_PER_SECOND'>): {
  size: number;
  jobsPerSecond: number;
} {
  const rate = env.EMAIL_RATE_PER_SECOND;
  if (rate === 0) return { size: MAX_BATCH, jobsPerSecond: 0 };
  // At least ~5 jobs a second, so a second's emails spread over the second instead of one burst.
  let size = Math.max(1, Math.min(MAX_BATCH, Math.floor(rate / 5)));
  while (rate % size !== 0) size--;
  return { size, jobsPerSecond: rate / size };
}

/**
 * A job fails only when the service cannot record what happened (database or Redis trouble):
 * SMTP failures are handled per email, in the database. Such a job is retried as a whole; its
 * claimed deliveries wait for it.
 */
export const emailJobOptions: JobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
