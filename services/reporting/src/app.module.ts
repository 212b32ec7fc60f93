import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule, MetricsModule, RpcServerModule } from '@evkin/platform';
import { AnalyticsModule } from './analytics/analytics.module.js';
import type { ReportingEnv } from './config.js';
import { reportingDatabase } from './database.js';
import { DocumentsModule } from './documents/documents.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { PdfModule } from './pdf/pdf.module.js';
import { ReadModelModule } from './read-model/read-model.module.js';
import { ResultsModule } from './results/results.module.js';

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
          // `evaluation.scored` is written to the outbox with the result it announces.
          outbox: { databaseUrl: env.DATABASE_URL },
          consumer: { retryDelaysMs: [1000, 5000, 30_000], prefetch: 20, groupSize: 10 },
        }),
        RpcServerModule,
        ResultsModule,
        ReadModelModule,
        AnalyticsModule,
        ExportsModule,
        PdfModule.forEnv(env),
        DocumentsModule,
      ],
    };
  }
}
