import { runMigrationsCli } from '@evkin/platform';
import { assessmentDatabase } from './database.js';

runMigrationsCli(assessmentDatabase);
