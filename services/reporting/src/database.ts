import type { ServiceDatabase } from '@evkin/platform';
import { Completion, Submission } from './completions/submission.entity.js';
import { ReadModel1763870600000 } from './migrations/1763870600000-read-model.js';

export const reportingDatabase: ServiceDatabase = {
  schema: 'reporting',
  entities: [Submission, Completion],
  migrations: [ReadModel1763870600000],
};
