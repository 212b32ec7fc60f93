import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AdminActor, BatteryProgress, InviteBatteryResult, RpcResponse } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { CurrentAdmin } from '../auth/current-admin.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { GATEWAY_ENV, type GatewayEnv } from '../config.js';
import { InviteDto } from './participants.dto.js';
import { ApiResult } from '../openapi/responses.js';

/** A battery's campaign: its progress, bulk invitation and a reminder round. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin/batteries/:id')
export class CampaignController {
  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  @Get('progress')
  @ApiResult('BatteryProgress')
  @ApiOperation({ summary: 'Invited / started / done per role, by province and unit, and what needs attention' })
  progress(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
  ): Promise<BatteryProgress> {
    return this.rpc.call('assessment', 'participants.progress', { actor, batteryId });
  }

  @Post('invitations')
  @ApiResult('InviteBatteryResult')
  @HttpCode(200)
  @Roles(['admin'])
  @ApiOperation({ summary: 'Invite the participants of a battery (all not yet invited, or a selection)' })
  invite(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
    @Body() body: InviteDto,
  ): Promise<InviteBatteryResult> {
    return this.rpc.call(
      'assessment',
      'participants.invite',
      { actor, batteryId, ...body },
      { timeoutMs: this.env.BULK_RPC_TIMEOUT_MS },
    );
  }

  @Post('reminders')
  @ApiResponse({
    status: 200,
    description: 'The reminder round and how many raters it reminded',
    schema: {
      type: 'object',
      required: ['roundId', 'reminded'],
      properties: { roundId: { type: 'string', format: 'uuid' }, reminded: { type: 'integer' } },
    },
  })
  @HttpCode(200)
  @Roles(['admin'])
  @ApiOperation({ summary: 'A reminder round now, to every rater not yet Selesai' })
  remind(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
  ): Promise<RpcResponse<'reminders.run'>> {
    return this.rpc.call(
      'assessment',
      'reminders.run',
      { actor, batteryId },
      { timeoutMs: this.env.BULK_RPC_TIMEOUT_MS },
    );
  }
}
