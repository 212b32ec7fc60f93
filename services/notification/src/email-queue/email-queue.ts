import type { OutgoingMail } from '../mail/mail-transport.js';

export const EMAIL_QUEUE = 'email';

export type EmailJob = OutgoingMail & { kind: 'invitation' };

/** Transient SMTP failures are retried with exponential backoff: 2 s, 4 s, 8 s, 16 s. */
export const EMAIL_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: false,
} as const;
