import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { rpcPattern, type ReadinessReport } from '@evkin/contracts';
import { ReadinessService } from '../health/readiness.service.js';

@Controller()
export class ReadinessRpcController {
  constructor(private readonly readiness: ReadinessService) {}

  @MessagePattern(rpcPattern('health.ready'))
  ready(): Promise<ReadinessReport> {
    return this.readiness.report();
  }
}
