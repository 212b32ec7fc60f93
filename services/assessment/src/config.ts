import { commonEnv, databaseEnv, env, type EnvOf } from '@evkin/platform';

export const assessmentEnv = {
  ...commonEnv,
  ...databaseEnv,
  PORT: env.port('HTTP port of the assessment service (health and metrics)', 3001),
  PUBLIC_URL: env.url('Public base URL of the portal, used in invitation links', {
    default: 'http://localhost:3000',
    protocols: ['http:', 'https:'],
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
