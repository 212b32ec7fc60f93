import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type RpcRequest, type RpcResponse } from '@evkin/contracts';
import { RemindersService } from './reminders.service.js';

@Controller()
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @MessagePattern(rpcPattern('reminders.run'))
  run(@Payload() request: RpcRequest<'reminders.run'>): Promise<RpcResponse<'reminders.run'>> {
    return this.reminders.runNow(request.actor, request.batteryId);
  }
}
