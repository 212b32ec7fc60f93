import { commonEnv, databaseEnv, env, type EnvOf } from '@evkin/platform';

export const reportingEnv = {
  ...commonEnv,
  ...databaseEnv,
  PORT: env.port('HTTP port of the reporting service (health and metrics)', 3003),
  CHROMIUM_PATH: env.string('Chromium executable for PDF rendering', { default: '/usr/bin/chromium' }),
};

export type ReportingEnv = EnvOf<typeof reportingEnv>;
