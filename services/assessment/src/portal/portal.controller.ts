import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type AssignmentView, type RpcRequest, type SubmitResult } from '@evkin/contracts';
import { PortalService } from './portal.service.js';

@Controller()
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @MessagePattern(rpcPattern('portal.assignment.get'))
  view(@Payload() request: RpcRequest<'portal.assignment.get'>): Promise<AssignmentView> {
    return this.portal.view(request.token);
  }

  @MessagePattern(rpcPattern('portal.assignment.submit'))
  submit(@Payload() request: RpcRequest<'portal.assignment.submit'>): Promise<SubmitResult> {
    return this.portal.submit(request.token, request.answers);
  }
}
