import { Global, Module } from '@nestjs/common';
import { DeliveriesService } from './deliveries.service.js';
import { EmailDispatcher } from './email-dispatcher.js';
import { EmailMetrics } from './email-metrics.js';

@Global()
@Module({ providers: [DeliveriesService, EmailDispatcher, EmailMetrics], exports: [DeliveriesService] })
export class DeliveriesModule {}
