import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type CompletionView, type RpcRequest } from '@evkin/contracts';
import { CompletionsService } from './completions.service.js';

@Controller()
export class CompletionsController {
  constructor(private readonly completions: CompletionsService) {}

  @MessagePattern(rpcPattern('completion.get'))
  get(@Payload() request: RpcRequest<'completion.get'>): Promise<CompletionView> {
    return this.completions.completion(request.participantId);
  }
}
