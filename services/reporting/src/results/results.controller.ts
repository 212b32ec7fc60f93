import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type RpcRequest, type RpcResponse } from '@evkin/contracts';
import { ResultsService } from './results.service.js';

@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @MessagePattern(rpcPattern('results.list'))
  list(@Payload() request: RpcRequest<'results.list'>): Promise<RpcResponse<'results.list'>> {
    return this.results.list(request);
  }

  @MessagePattern(rpcPattern('results.get'))
  get(@Payload() request: RpcRequest<'results.get'>): Promise<RpcResponse<'results.get'>> {
    return this.results.adminView(request.actor, request.participantId);
  }

  @MessagePattern(rpcPattern('results.participant'))
  participant(@Payload() request: RpcRequest<'results.participant'>): Promise<RpcResponse<'results.participant'>> {
    return this.results.participantView(request.participantId);
  }
}
