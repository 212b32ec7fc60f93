import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type ImportReport, type RpcRequest, type RpcResponse } from '@evkin/contracts';
import { ImportsService } from './imports.service.js';

@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @MessagePattern(rpcPattern('participants.import'))
  import(@Payload() { actor, ...request }: RpcRequest<'participants.import'>): Promise<ImportReport> {
    return this.imports.import(actor, request);
  }

  @MessagePattern(rpcPattern('participants.template'))
  template(@Payload() request: RpcRequest<'participants.template'>): Promise<RpcResponse<'participants.template'>> {
    return this.imports.template(request.format, request.language);
  }
}
