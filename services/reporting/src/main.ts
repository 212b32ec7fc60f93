import { runBackendService } from '@evkin/platform';
import { AppModule } from './app.module.js';
import { reportingEnv } from './config.js';

runBackendService('reporting', reportingEnv, (env) => AppModule.forEnv(env));
