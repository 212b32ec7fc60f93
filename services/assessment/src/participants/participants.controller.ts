import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type AssignmentSummary, type RpcRequest } from '@evkin/contracts';
import { ParticipantsService } from './participants.service.js';

@Controller()
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @MessagePattern(rpcPattern('participant.assignments'))
  assignments(@Payload() request: RpcRequest<'participant.assignments'>): Promise<AssignmentSummary[]> {
    return this.participants.assignmentsOf(request.participantId);
  }
}
