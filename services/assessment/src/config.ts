import { commonEnv, databaseEnv, env, publicUrlEnv, type EnvOf } from '@evkin/platform';

export const assessmentEnv = {
  ...commonEnv,
  ...databaseEnv,
  PORT: env.port('HTTP port of the assessment service (health and metrics)', 3001),
  ...publicUrlEnv,
  PORTAL_SESSION_MINUTES: env.int('Minutes a rater session (after Mulai) lasts without a save; each save extends it', {
    default: '120',
    min: 5,
    max: 24 * 60,
  }),
  REMINDER_CHECK_INTERVAL_MS: env.int('How often the reminder schedule is checked (milliseconds)', {
    default: '60000',
    min: 1000,
    max: 24 * 3_600_000,
  }),
  ADMIN_EMAIL: env.string('Email of the first admin account, created when none exists', {
    default: 'admin@evkin.local',
  }),
  ADMIN_PASSWORD: env.optionalString(
    'Password of the first admin account; when unset a random one is generated and printed once',
    { secret: true },
  ),
};

export type AssessmentEnv = EnvOf<typeof assessmentEnv>;
export const ASSESSMENT_ENV = Symbol('ASSESSMENT_ENV');
