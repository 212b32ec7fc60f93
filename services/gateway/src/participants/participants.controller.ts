import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseEnumPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  RATER_ROLES,
  type AdminActor,
  type IssuedLink,
  type MismatchReport,
  type Page,
  type ParticipantSummary,
  type RaterRole,
  type RoleState,
} from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { CurrentAdmin } from '../auth/current-admin.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { RaterInputDto } from '../portal/portal.dto.js';
import { IssueLinkDto, MismatchQueryDto, ParticipantQueryDto } from './participants.dto.js';
import { ApiResult } from '../openapi/responses.js';

const ROLE_PIPE = new ParseEnumPipe(Object.fromEntries(RATER_ROLES.map((r) => [r, r])));
const UUID = new ParseUUIDPipe();

/** The participant dataset for the console: list, detail, rater changes, helpdesk links, Bukan Saya. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin')
export class ParticipantsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('participants')
  @ApiResult('ParticipantSummary', { page: true })
  list(@CurrentAdmin() actor: AdminActor, @Query() query: ParticipantQueryDto): Promise<Page<ParticipantSummary>> {
    return this.rpc.call('assessment', 'participants.list', { actor, ...query });
  }

  @Get('participants/:id')
  @ApiResult('ParticipantSummary')
  get(@CurrentAdmin() actor: AdminActor, @Param('id', UUID) id: string): Promise<ParticipantSummary> {
    return this.rpc.call('assessment', 'participants.get', { actor, id });
  }

  @Post('participants/:id/raters/:role/resend')
  @ApiResult('RoleState')
  @HttpCode(200)
  @Roles(['admin'])
  resend(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', UUID) participantId: string,
    @Param('role', ROLE_PIPE) role: RaterRole,
  ): Promise<RoleState> {
    return this.rpc.call('assessment', 'participants.rater.resend', { actor, participantId, role });
  }

  @Put('participants/:id/raters/:role')
  @ApiResult('RoleState')
  @Roles(['admin'])
  saveRater(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', UUID) participantId: string,
    @Param('role', ROLE_PIPE) role: RaterRole,
    @Body() rater: RaterInputDto,
  ): Promise<RoleState> {
    return this.rpc.call('assessment', 'participants.rater.save', { actor, participantId, role, rater });
  }

  @Post('participants/:id/links')
  @ApiResult('IssuedLink', { status: 201 })
  @Roles(['admin'])
  issueLink(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', UUID) participantId: string,
    @Body() body: IssueLinkDto,
  ): Promise<IssuedLink> {
    return this.rpc.call('assessment', 'participants.link.issue', { actor, participantId, ...body });
  }

  @Get('mismatches')
  @ApiResult('MismatchReport', { array: true })
  mismatches(@CurrentAdmin() actor: AdminActor, @Query() query: MismatchQueryDto): Promise<MismatchReport[]> {
    return this.rpc.call('assessment', 'participants.mismatches', { actor, ...query });
  }
}
