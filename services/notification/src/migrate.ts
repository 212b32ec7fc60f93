import { runMigrationsCli } from '@evkin/platform';
import { notificationDatabase } from './database.js';

runMigrationsCli(notificationDatabase);
