import type { ServiceDatabase } from '@evkin/platform';
import { ReadModel1763870600000 } from './migrations/1763870600000-read-model.js';
import { ResultsReadModel1764000000000 } from './migrations/1764000000000-results-read-model.js';

/** Reporting reads and writes its tables with SQL (upserts, jsonb aggregates): no TypeORM entities. */
export const reportingDatabase: ServiceDatabase = {
  schema: 'reporting',
  entities: [],
  migrations: [ReadModel1763870600000, ResultsReadModel1764000000000],
};
