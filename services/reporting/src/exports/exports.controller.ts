import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type RpcRequest, type RpcResponse } from '@evkin/contracts';
import { ExportsService } from './exports.service.js';

@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @MessagePattern(rpcPattern('results.export'))
  export(@Payload() request: RpcRequest<'results.export'>): Promise<RpcResponse<'results.export'>> {
    return this.exports.export(request.actor, request.batteryId, request.format, request.filter, request.language);
  }
}
