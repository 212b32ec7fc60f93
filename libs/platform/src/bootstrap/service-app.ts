import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BackendServiceName, ServiceName } from '@evkin/contracts';
import { databaseEnv, EnvValidationError, loadEnv, type EnvOf, type EnvSchema } from '../config/env.js';
import { runMigrations, type ServiceDatabase } from '../database/data-source.js';
import { ReadinessService } from '../health/readiness.service.js';
import { ProblemFilter } from '../http/problem.filter.js';
import { requestContextMiddleware } from '../http/request-context.middleware.js';
import { createValidationPipe } from '../http/validation.js';
import { createLogger, PinoNestLogger } from '../logging/logger.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { rpcServerOptions } from '../rpc/rpc-server.js';

export interface ServiceAppOptions {
  service: ServiceName;
  module: Type<unknown> | DynamicModule;
  port: number;
  logLevel: string;
  /** Backend services answer request–reply calls on their RPC queue. */
  rpc?: { rabbitmqUrl: string; service: BackendServiceName };
  configure?: (app: NestExpressApplication) => void | Promise<void>;
}

/**
 * Creates, configures and starts a service: JSON logs, correlation ids, problem+json errors,
 * RPC listener, and a graceful stop on SIGTERM/SIGINT (Nest's shutdown hooks run the ordered
 * teardown: stop consuming → finish in-flight work → close connections).
 */
export async function startServiceApp(options: ServiceAppOptions): Promise<INestApplication> {
  const logger = createLogger(options.service, options.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(options.module, {
    logger: new PinoNestLogger(logger),
    forceCloseConnections: true,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(requestContextMiddleware(logger, app.get(MetricsService)));
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
  await options.configure?.(app);
  if (options.rpc) {
    app.connectMicroservice(rpcServerOptions(options.rpc.service, options.rpc.rabbitmqUrl), { inheritAppConfig: true });
  }
  stopOnSignals(app, logger);
  await app.startAllMicroservices();
  await app.listen(options.port);
  logger.info({ port: options.port }, `${options.service} listening`);
  return app;
}

const SHUTDOWN_GRACE_MS = 25_000;

/**
 * SIGTERM/SIGINT: report not-ready, then `app.close()` runs the ordered teardown (consumers stop
 * and drain, the outbox finishes its batch, HTTP and broker connections close) and the process
 * exits 0. Whatever hangs past the grace period is cut off with exit code 1.
 */
function stopOnSignals(app: INestApplication, logger: ReturnType<typeof createLogger>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.get(ReadinessService).markShuttingDown();
    setTimeout(() => {
      logger.error('graceful shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app
      .close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Turns a boot failure into one readable message and a non-zero exit. */
export function exitOnBootFailure(service: string) {
  return (error: unknown): never => {
    if (error instanceof EnvValidationError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(
        `${JSON.stringify({ level: 'fatal', service, msg: 'failed to start', err: String((error as Error)?.stack ?? error) })}\n`,
      );
    }
    process.exit(1);
  };
}

/**
 * The whole `main.ts` of a backend service: validate the environment, build the module from it,
 * start HTTP and the RPC listener; any boot failure exits 1 with a readable message.
 */
export function runBackendService<S extends EnvSchema>(
  service: BackendServiceName,
  schema: S,
  module: (env: EnvOf<S>) => DynamicModule,
): void {
  const boot = async () => {
    const env = loadEnv(service, schema) as EnvOf<S> & { PORT: number; LOG_LEVEL: string; RABBITMQ_URL: string };
    await startServiceApp({
      service,
      module: module(env),
      port: env.PORT,
      logLevel: env.LOG_LEVEL,
      rpc: { service, rabbitmqUrl: env.RABBITMQ_URL },
    });
  };
  boot().catch(exitOnBootFailure(service));
}

/** The whole `migrate.ts` of a service: apply its migrations and say how many ran. */
export function runMigrationsCli(database: ServiceDatabase): void {
  const env = loadEnv(database.schema, databaseEnv);
  runMigrations(env.DATABASE_URL, database)
    .then((applied) => process.stdout.write(`${database.schema}: ${applied.length} migration(s) applied\n`))
    .catch(exitOnBootFailure(database.schema));
}
