import { runBackendService } from '@evkin/platform';
import { AppModule } from './app.module.js';
import { assessmentEnv } from './config.js';

runBackendService('assessment', assessmentEnv, (env) => AppModule.forEnv(env));
