import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule, MetricsModule, RpcServerModule } from '@evkin/platform';
import { AdminAuthModule } from './admin-auth/admin-auth.module.js';
import { AuditModule } from './audit/audit.module.js';
import { BatteriesModule } from './batteries/batteries.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { ASSESSMENT_ENV, type AssessmentEnv } from './config.js';
import { assessmentDatabase } from './database.js';
import { EmailStatusModule } from './email-status/email-status.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { ItemBankModule } from './item-bank/item-bank.module.js';
import { MonitoringModule } from './monitoring/monitoring.module.js';
import { ParticipantsModule } from './participants/participants.module.js';
import { PortalModule } from './portal/portal.module.js';
import { RemindersModule } from './reminders/reminders.module.js';

@Module({})
export class AppModule {
  static forEnv(env: AssessmentEnv): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        HealthModule.forService('assessment'),
        MetricsModule.forService('assessment'),
        DatabaseModule.forService(env.DATABASE_URL, assessmentDatabase),
        MessagingModule.forService({
          rabbitmqUrl: env.RABBITMQ_URL,
          outbox: { databaseUrl: env.DATABASE_URL },
          consumer: { retryDelaysMs: [1000, 5000, 30_000], prefetch: 50, groupSize: 25 },
        }),
        RpcServerModule,
        AuditModule,
        AdminAuthModule,
        CatalogueModule,
        ItemBankModule,
        BatteriesModule,
        ImportsModule,
        InvitationsModule,
        PortalModule,
        MonitoringModule,
        ParticipantsModule,
        RemindersModule,
        EmailStatusModule,
      ],
      providers: [{ provide: ASSESSMENT_ENV, useValue: env }],
      exports: [ASSESSMENT_ENV],
    };
  }
}
