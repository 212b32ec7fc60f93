import { commonEnv, databaseEnv, env, type EnvOf } from '@evkin/platform';

export const notificationEnv = {
  ...commonEnv,
  ...databaseEnv,
  PORT: env.port('HTTP port of the notification service (health and metrics)', 3002),
  REDIS_URL: env.url('Redis URL for the email queue', {
    default: 'redis://localhost:6379',
    protocols: ['redis:', 'rediss:'],
    secret: true,
  }),
  BULL_PREFIX: env.string('Key prefix of the Bull queues in Redis (lets several stacks share one Redis)', {
    default: 'evkin',
  }),
  SMTP_URL: env.optionalString(
    'SMTP server, e.g. smtps://user:pass@smtp.example.org:465; unset outside production: an embedded catcher receives all mail',
    { secret: true, requiredInProduction: true },
  ),
  MAIL_FROM: env.string('Sender of every email', { default: 'Evkin 360 <no-reply@evkin.local>' }),
  EMAIL_MAX_ATTEMPTS: env.int('Attempts per email before it is reported failed (transient SMTP errors)', {
    default: '5',
    min: 1,
  }),
  EMAIL_RETRY_DELAY_MS: env.int('First retry delay of an email; each next retry waits twice as long', {
    default: '2000',
    min: 1,
  }),
  EMAIL_RATE_PER_SECOND: env.int('Global cap on emails sent per second across all workers (0: no cap)', {
    default: '0',
    min: 0,
  }),
  EMAIL_JOB_LOCK_MS: env.int(
    'How long a batch of emails held by a worker that died stays locked before another worker sends it',
    { default: '30000', min: 1000 },
  ),
  MAIL_CATCHER_PORT: env.port(
    'SMTP port of the embedded catcher (development only); 0 picks a free one, so stacks side by side never clash',
    0,
  ),
};

export type NotificationEnv = EnvOf<typeof notificationEnv>;
export const NOTIFICATION_ENV = Symbol('NOTIFICATION_ENV');
