import { Global, Module } from '@nestjs/common';
import { ReadinessService } from '@evkin/platform';
import { GatewayHealthController } from './health.controller.js';
import { GatewayHealthService } from './health.service.js';

/** The gateway's own readiness has no dependency checks of its own; it turns false on shutdown. */
@Global()
@Module({
  controllers: [GatewayHealthController],
  providers: [GatewayHealthService, { provide: ReadinessService, useFactory: () => new ReadinessService('gateway') }],
  exports: [ReadinessService],
})
export class GatewayHealthModule {}
