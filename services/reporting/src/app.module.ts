import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule, MetricsModule, RpcServerModule } from '@evkin/platform';
import { CompletionsModule } from './completions/completions.module.js';
import type { ReportingEnv } from './config.js';
import { reportingDatabase } from './database.js';

@Module({})
export class AppModule {
  static forEnv(env: ReportingEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        HealthModule.forService('reporting'),
        MetricsModule.forService('reporting'),
        DatabaseModule.forService(env.DATABASE_URL, reportingDatabase),
        MessagingModule.forService({
          rabbitmqUrl: env.RABBITMQ_URL,
          consumer: { retryDelaysMs: [1000, 5000, 30_000], prefetch: 20 },
        }),
        RpcServerModule,
        CompletionsModule,
      ],
    };
  }
}
