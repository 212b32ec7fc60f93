import { runMigrationsCli } from '@evkin/platform';
import { reportingDatabase } from './database.js';

runMigrationsCli(reportingDatabase);
