import { runBackendService } from '@evkin/platform';
import { AppModule } from './app.module.js';
import { notificationEnv } from './config.js';

runBackendService('notification', notificationEnv, (env) => AppModule.forEnv(env));
