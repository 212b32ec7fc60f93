import type { NotificationEnv } from '../config.js';

export const EMAIL_QUEUE = 'email';

/** The job names the delivery; its content lives in the database row. */
export interface EmailJob {
  deliveryId: string;
}

/** Transient SMTP failures are retried with exponential backoff (by default 2 s, 4 s, 8 s, 16 s). */
export function emailJobOptions(env: NotificationEnv) {
  return {
    attempts: env.EMAIL_MAX_ATTEMPTS,
    backoff: { type: 'exponential', delay: env.EMAIL_RETRY_DELAY_MS },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}
