import { Logger } from '@nestjs/common';
import helmet from 'helmet';
import { exitOnBootFailure, startServiceApp } from '@evkin/platform';
import { AppModule } from './app.module.js';
import { loadGatewayEnv } from './config.js';
import { serveOpenApi } from './openapi/openapi.js';
import { servePortal } from './static/portal-static.js';

async function main(): Promise<void> {
  const env = loadGatewayEnv();
  await startServiceApp({
    service: 'gateway',
    module: AppModule.forEnv(env),
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    configure: (app) => {
      app.use(
        helmet({
          contentSecurityPolicy: {
            directives: {
              // Angular Material sets inline styles; scripts stay 'self' only.
              'style-src': ["'self'", "'unsafe-inline'"],
              'img-src': ["'self'", 'data:'],
            },
          },
          // Never leak a page address (which may carry a link token in its fragment) to another site.
          referrerPolicy: { policy: 'no-referrer' },
        }),
      );
      app.useBodyParser('json', { limit: '1mb' });
      serveOpenApi(app);
      if (!servePortal(app, env.STATIC_DIR)) {
        new Logger('Portal').warn(`no built portal in ${env.STATIC_DIR}: run npm run build:frontend`);
      }
    },
  });
}

main().catch(exitOnBootFailure('gateway'));
