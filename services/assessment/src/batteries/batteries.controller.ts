import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type BatterySummary, type BatteryView, type RpcRequest } from '@evkin/contracts';
import { BatteriesService } from './batteries.service.js';

@Controller()
export class BatteriesController {
  constructor(private readonly batteries: BatteriesService) {}

  @MessagePattern(rpcPattern('batteries.list'))
  list(): Promise<BatterySummary[]> {
    return this.batteries.list();
  }

  @MessagePattern(rpcPattern('batteries.get'))
  get(@Payload() request: RpcRequest<'batteries.get'>): Promise<BatteryView> {
    return this.batteries.get(request.id);
  }

  @MessagePattern(rpcPattern('batteries.create'))
  create(@Payload() request: RpcRequest<'batteries.create'>): Promise<BatteryView> {
    return this.batteries.create(request.actor, request.battery);
  }

  @MessagePattern(rpcPattern('batteries.update'))
  update(@Payload() request: RpcRequest<'batteries.update'>): Promise<BatteryView> {
    return this.batteries.update(request.actor, request.id, request.battery);
  }

  @MessagePattern(rpcPattern('batteries.status'))
  status(@Payload() request: RpcRequest<'batteries.status'>): Promise<BatteryView> {
    return this.batteries.setStatus(request.actor, request.id, request.status);
  }
}
