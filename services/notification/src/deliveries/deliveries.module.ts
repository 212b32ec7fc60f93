import { Global, Module } from '@nestjs/common';
import { DeliveriesService } from './deliveries.service.js';
import { EmailDispatcher } from './email-dispatcher.js';

@Global()
@Module({ providers: [DeliveriesService, EmailDispatcher], exports: [DeliveriesService] })
export class DeliveriesModule {}
