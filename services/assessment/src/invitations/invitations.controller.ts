import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type InviteBatteryResult, type RpcRequest } from '@evkin/contracts';
import { InvitationsService } from './invitations.service.js';

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @MessagePattern(rpcPattern('participants.invite'))
  invite(@Payload() { actor, ...request }: RpcRequest<'participants.invite'>): Promise<InviteBatteryResult> {
    return this.invitations.inviteBattery(actor, request);
  }
}
