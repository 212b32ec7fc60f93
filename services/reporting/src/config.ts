import { commonEnv, databaseEnv, env, type EnvOf } from '@evkin/platform';

export const reportingEnv = {
  ...commonEnv,
  ...databaseEnv,
  PORT: env.port('HTTP port of the reporting service (health and metrics)', 3003),
  CHROMIUM_PATH: env.string('Chromium executable for PDF rendering', { default: '/usr/bin/chromium' }),
  PDF_POOL_SIZE: env.int('PDFs rendered at the same time (Chromium pages); 0: one per CPU core, at most 4', {
    default: '0',
    min: 0,
    max: 32,
  }),
  PDF_RECYCLE_AFTER: env.int('PDFs one Chromium renders before it is replaced by a fresh one (0: never)', {
    default: '200',
    min: 0,
  }),
  PDF_RENDER_TIMEOUT_MS: env.int('Longest one PDF may take to render before it fails', { default: '30000', min: 100 }),
};

export type ReportingEnv = EnvOf<typeof reportingEnv>;
