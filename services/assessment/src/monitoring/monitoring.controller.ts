import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type MonitoringView, type RoleState, type RpcRequest } from '@evkin/contracts';
import { MonitoringService } from './monitoring.service.js';

@Controller()
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @MessagePattern(rpcPattern('monitoring.get'))
  view(@Payload() request: RpcRequest<'monitoring.get'>): Promise<MonitoringView> {
    return this.monitoring.view(request.token);
  }

  @MessagePattern(rpcPattern('monitoring.resend'))
  resend(@Payload() request: RpcRequest<'monitoring.resend'>): Promise<RoleState> {
    return this.monitoring.resend(request.token, request.role);
  }

  @MessagePattern(rpcPattern('monitoring.rater.save'))
  saveRater(@Payload() request: RpcRequest<'monitoring.rater.save'>): Promise<RoleState> {
    return this.monitoring.saveRater(request.token, request.role, request.rater);
  }
}
