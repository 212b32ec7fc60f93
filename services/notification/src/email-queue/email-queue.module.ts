import { BullModule, getQueueToken } from '@nestjs/bull';
import { Global, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bull';
import { ReadinessService } from '@evkin/platform';
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
  imports: [BullModule.registerQueue({ name: EMAIL_QUEUE })],
  providers: [EmailProcessor, RedisReadiness],
  exports: [BullModule],
})
export class EmailQueueModule {}
