import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FormView, PortalSubmitResult, RpcResponse, SaveResult } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { RaterListDto, SaveAnswersDto } from './portal.dto.js';
import { SessionToken } from './session-token.decorator.js';
import { ApiResult } from '../openapi/responses.js';

/** The form after Mulai, reached with the session token only. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('api/portal')
export class PortalFormController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('form')
  @ApiResult('FormView')
  @ApiOperation({ summary: 'The instrument with the saved answers and progress' })
  form(@SessionToken() session: string): Promise<FormView> {
    return this.rpc.call('assessment', 'portal.form.get', { session });
  }

  @Put('answers')
  @ApiResult('SaveResult')
  @ApiOperation({ summary: 'Autosave: Part 1 ticks replace, Part 2 answers merge (null clears)' })
  save(@SessionToken() session: string, @Body() answers: SaveAnswersDto): Promise<SaveResult> {
    return this.rpc.call('assessment', 'portal.answers.save', { session, answers });
  }

  @Put('raters')
  @ApiResult('RaterListView')
  @ApiOperation({ summary: 'The participant names supervisor and peer, who are invited' })
  raters(@SessionToken() session: string, @Body() raters: RaterListDto): Promise<RpcResponse<'portal.raters.save'>> {
    return this.rpc.call('assessment', 'portal.raters.save', { session, raters });
  }

  @Post('submit')
  @ApiResult('PortalSubmitResult')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kirim Data: 422 `incomplete` lists what is missing; submitting twice records once' })
  submit(@SessionToken() session: string): Promise<PortalSubmitResult> {
    return this.rpc.call('assessment', 'portal.submit', { session });
  }
}
