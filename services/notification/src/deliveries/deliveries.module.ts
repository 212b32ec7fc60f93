import { Global, Module } from '@nestjs/common';
import { DeliveriesService } from './deliveries.service.js';
import { EmailDispatcher } from './email-dispatcher.js';
import { DeliverySender } from './delivery-sender.js';
import { EmailMetrics } from './email-metrics.js';
import { OutcomeRecorder } from './outcome-recorder.js';

@Global()
@Module({
  providers: [DeliveriesService, EmailDispatcher, EmailMetrics, OutcomeRecorder, DeliverySender],
  exports: [DeliveriesService, DeliverySender],
})
export class DeliveriesModule {}
