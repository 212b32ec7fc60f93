import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  rpcPattern,
  type BatteryProgress,
  type IssuedLink,
  type MismatchReport,
  type Page,
  type ParticipantSummary,
  type RoleState,
  type RpcRequest,
} from '@evkin/contracts';
import { ParticipantsService } from './participants.service.js';
import { ProgressService } from './progress.service.js';

@Controller()
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly progress: ProgressService,
  ) {}

  @MessagePattern(rpcPattern('participants.list'))
  list(@Payload() { actor: _actor, ...query }: RpcRequest<'participants.list'>): Promise<Page<ParticipantSummary>> {
    return this.participants.list(query);
  }

  @MessagePattern(rpcPattern('participants.progress'))
  progressOf(@Payload() request: RpcRequest<'participants.progress'>): Promise<BatteryProgress> {
    return this.progress.of(request.batteryId);
  }

  @MessagePattern(rpcPattern('participants.get'))
  get(@Payload() request: RpcRequest<'participants.get'>): Promise<ParticipantSummary> {
    return this.participants.get(request.id);
  }

  @MessagePattern(rpcPattern('participants.mismatches'))
  mismatches(@Payload() request: RpcRequest<'participants.mismatches'>): Promise<MismatchReport[]> {
    return this.participants.mismatches(request.batteryId);
  }

  @MessagePattern(rpcPattern('participants.rater.resend'))
  resend(@Payload() request: RpcRequest<'participants.rater.resend'>): Promise<RoleState> {
    return this.participants.resend(request.actor, request.participantId, request.role);
  }

  @MessagePattern(rpcPattern('participants.rater.save'))
  saveRater(@Payload() request: RpcRequest<'participants.rater.save'>): Promise<RoleState> {
    return this.participants.saveRater(request.actor, request.participantId, request.role, request.rater);
  }

  @MessagePattern(rpcPattern('participants.link.issue'))
  issueLink(@Payload() request: RpcRequest<'participants.link.issue'>): Promise<IssuedLink> {
    return this.participants.issueLink(request.actor, request.participantId, request.kind, request.role);
  }
}
