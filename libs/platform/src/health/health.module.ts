import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ServiceName } from '@evkin/contracts';
import { HealthController } from './health.controller.js';
import { ReadinessService, SERVICE_NAME } from './readiness.service.js';

@Global()
@Module({})
export class HealthModule {
  static forService(service: ServiceName): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        { provide: ReadinessService, useFactory: () => new ReadinessService(service) },
      ],
      exports: [ReadinessService, SERVICE_NAME],
    };
  }
}
