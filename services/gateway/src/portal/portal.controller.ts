import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AssignmentView, SubmitResult } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { LinkToken } from './link-token.decorator.js';
import { SubmitAnswersDto } from './portal.dto.js';

/** What a rater's link can reach: its own assignment, nothing else. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('api/portal/assignment')
export class PortalController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  view(@LinkToken() token: string): Promise<AssignmentView> {
    return this.rpc.call('assessment', 'portal.assignment.get', { token });
  }

  @Post('submit')
  @HttpCode(200)
  submit(@LinkToken() token: string, @Body() body: SubmitAnswersDto): Promise<SubmitResult> {
    return this.rpc.call('assessment', 'portal.assignment.submit', { token, answers: body.answers });
  }
}
