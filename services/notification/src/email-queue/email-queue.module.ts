import { BullModule, getQueueToken } from '@nestjs/bull';
import { Global, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bull';
import { ReadinessService } from '@evkin/platform';
import { NOTIFICATION_ENV, type NotificationEnv } from '../config.js';
import { batchPlan, EMAIL_QUEUE } from './email-queue.js';
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
      useFactory: (env: NotificationEnv) => {
        const { jobsPerSecond } = batchPlan(env);
        return {
          // A dead worker's job is taken over once its lock expires; a live worker renews it.
          settings: { lockDuration: env.EMAIL_JOB_LOCK_MS, stalledInterval: env.EMAIL_JOB_LOCK_MS },
          // Bull's limiter counts in Redis, so the cap holds across every notification replica.
          ...(jobsPerSecond > 0 ? { limiter: { max: jobsPerSecond, duration: 1000 } } : {}),
        };
      },
    }),
  ],
  providers: [EmailProcessor, RedisReadiness],
  exports: [BullModule],
})
export class EmailQueueModule {}
