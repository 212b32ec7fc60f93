import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseEnumPipe,
  Post,
  Put,
  type StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { negotiateLanguage, RATER_ROLES, type MonitoringView, type RaterRole, type RoleState } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { LinkToken } from '../portal/link-token.decorator.js';
import { ParticipantDocumentsService } from '../portal/participant-documents.service.js';
import { RaterInputDto } from '../portal/portal.dto.js';
import { ApiFile, ApiResult } from '../openapi/responses.js';

const ROLE_PIPE = new ParseEnumPipe(Object.fromEntries(RATER_ROLES.map((r) => [r, r])));

/** Halaman Monitoring, reached with the participant's monitoring link. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('api/monitoring')
export class MonitoringController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly documents: ParticipantDocumentsService,
  ) {}

  @Get()
  @ApiResult('MonitoringView')
  @ApiOperation({ summary: 'Each role: rater, status, invitation email; whether the report is ready' })
  view(@LinkToken() token: string): Promise<MonitoringView> {
    return this.rpc.call('assessment', 'monitoring.get', { token });
  }

  @Post('raters/:role/resend')
  @ApiResult('RoleState')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kirim Ulang' })
  resend(@LinkToken() token: string, @Param('role', ROLE_PIPE) role: RaterRole): Promise<RoleState> {
    return this.rpc.call('assessment', 'monitoring.resend', { token, role });
  }

  @Put('raters/:role')
  @ApiResult('RoleState')
  @ApiOperation({ summary: 'Tambahkan / Ganti → Simpan & Kirim' })
  save(
    @LinkToken() token: string,
    @Param('role', ROLE_PIPE) role: RaterRole,
    @Body() rater: RaterInputDto,
  ): Promise<RoleState> {
    return this.rpc.call('assessment', 'monitoring.rater.save', { token, role, rater });
  }

  @Get('proof.pdf')
  @ApiFile("The participant's own Bukti Penyelesaian", 'application/pdf')
  @ApiOperation({
    summary:
      "The participant's own Bukti Penyelesaian (PDF) after their Kirim Data; 409 proof_not_ready (Retry-After) while it is prepared",
  })
  proof(
    @LinkToken() token: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return this.documents.participantProof(token, negotiateLanguage(acceptLanguage));
  }

  @Get('report.pdf')
  @ApiFile('The individual report (Rahasia)', 'application/pdf')
  @ApiOperation({
    summary: 'Unduh Laporan: the individual report (Rahasia); 409 report_not_ready until all four have submitted',
  })
  report(
    @LinkToken() token: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return this.documents.report(token, negotiateLanguage(acceptLanguage));
  }
}
