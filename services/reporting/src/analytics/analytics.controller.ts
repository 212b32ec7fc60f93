import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type RpcRequest, type RpcResponse } from '@evkin/contracts';
import { AnalyticsService } from './analytics.service.js';

@Controller()
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @MessagePattern(rpcPattern('results.analytics'))
  get(@Payload() request: RpcRequest<'results.analytics'>): Promise<RpcResponse<'results.analytics'>> {
    return this.analytics.analytics(request.actor, request.batteryId, request.filter);
  }
}
