import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AssignmentSummary, CompletionView, InviteParticipantResponse } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { InviteParticipantDto } from './invitation.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin')
export class AdminController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('invitations')
  @Roles(['admin'])
  invite(@Body() body: InviteParticipantDto): Promise<InviteParticipantResponse> {
    return this.rpc.call('assessment', 'evaluation.invite', body);
  }

  @Get('participants/:participantId/assignments')
  assignments(@Param('participantId', new ParseUUIDPipe()) participantId: string): Promise<AssignmentSummary[]> {
    return this.rpc.call('assessment', 'participant.assignments', { participantId });
  }

  @Get('participants/:participantId/completion')
  completion(@Param('participantId', new ParseUUIDPipe()) participantId: string): Promise<CompletionView> {
    return this.rpc.call('reporting', 'completion.get', { participantId });
  }
}
