import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type InviteParticipantRequest, type InviteParticipantResponse } from '@evkin/contracts';
import { InvitationsService } from './invitations.service.js';

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @MessagePattern(rpcPattern('evaluation.invite'))
  invite(@Payload() request: InviteParticipantRequest): Promise<InviteParticipantResponse> {
    return this.invitations.invite(request);
  }
}
