import { BullModule } from '@nestjs/bull';
import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule, MetricsModule, RpcServerModule } from '@evkin/platform';
import { NOTIFICATION_ENV, type NotificationEnv } from './config.js';
import { notificationDatabase } from './database.js';
import { CancellationsModule } from './cancellations/cancellations.module.js';
import { DevMailController } from './dev-mail/dev-mail.controller.js';
import { DeliveriesModule } from './deliveries/deliveries.module.js';
import { EmailQueueModule } from './email-queue/email-queue.module.js';
import { EventEmailsModule } from './event-emails/event-emails.module.js';
import { MailModule } from './mail/mail.module.js';

@Module({})
export class AppModule {
  static forEnv(env: NotificationEnv): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        HealthModule.forService('notification'),
        MetricsModule.forService('notification'),
        DatabaseModule.forService(env.DATABASE_URL, notificationDatabase),
        MessagingModule.forService({
          rabbitmqUrl: env.RABBITMQ_URL,
          outbox: { databaseUrl: env.DATABASE_URL },
          consumer: { retryDelaysMs: [1000, 5000, 30_000], prefetch: 200, groupSize: 100 },
        }),
        BullModule.forRoot({ url: env.REDIS_URL, prefix: env.BULL_PREFIX }),
        RpcServerModule,
        MailModule,
        EmailQueueModule,
        DeliveriesModule,
        EventEmailsModule,
        CancellationsModule,
      ],
      controllers: env.NODE_ENV === 'production' ? [] : [DevMailController],
      providers: [{ provide: NOTIFICATION_ENV, useValue: env }],
      exports: [NOTIFICATION_ENV],
    };
  }
}
