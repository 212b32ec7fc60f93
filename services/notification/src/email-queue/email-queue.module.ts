import { BullModule, getQueueToken } from '@nestjs/bull';
import { Global, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bull';
import { ReadinessService } from '@evkin/platform';
import { NOTIFICATION_ENV, type NotificationEnv } from '../config.js';
import { EMAIL_QUEUE } from './email-queue.js';
import { EmailProcessor } from './email.processor.js';

@Injectable()
class RedisReadiness implements OnModuleInit {
  constructor(
    @Inject(getQueueToken(EMAIL_QUEUE)) private readonly queue: Queue,
    private readonly readiness: ReadinessService,
  ) {}

  onModuleInit(): void {
    this.readiness.register({
      name: 'redis',
      check: async () => {
        await this.queue.client.ping();
      },
    });
  }
}

@Global()
@Module({
  imports: [
    BullModule.registerQueueAsync({
      name: EMAIL_QUEUE,
      inject: [NOTIFICATION_ENV],
      // Bull's limiter counts in Redis, so the cap holds across every notification replica.
      useFactory: (env: NotificationEnv) =>
        env.EMAIL_RATE_PER_SECOND > 0 ? { limiter: { max: env.EMAIL_RATE_PER_SECOND, duration: 1000 } } : {},
    }),
  ],
  providers: [EmailProcessor, RedisReadiness],
  exports: [BullModule],
})
export class EmailQueueModule {}
