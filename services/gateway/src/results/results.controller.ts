import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  negotiateLanguage,
  type AdminActor,
  type AdminResultView,
  type BatteryAnalytics,
  type ResultPage,
} from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { GATEWAY_ENV, type GatewayEnv } from '../config.js';
import { CurrentAdmin } from '../auth/current-admin.decorator.js';
import { download, PDF_RPC_TIMEOUT_MS } from './download.js';
import {
  DirectorateReportDto,
  filterOf,
  ReportsArchiveQueryDto,
  ResultExportQueryDto,
  ResultFilterDto,
  ResultQueryDto,
} from './results.dto.js';
import { ApiFile, ApiResult } from '../openapi/responses.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Results, analytics and exports (reporting). Admins and viewers read them all; the per-role
 * breakdown and the self-vs-others gap are returned for role `admin` only (reporting decides from
 * the actor). Files are sent as attachments; the language follows Accept-Language.
 */
@ApiTags('admin: results')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin')
export class ResultsController {
  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  @Get('batteries/:id/results')
  @ApiResult('ResultPage')
  @ApiOperation({ summary: 'Participants of a battery with their progress and conclusion (paged)' })
  list(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
    @Query() query: ResultQueryDto,
  ): Promise<ResultPage> {
    return this.rpc.call('reporting', 'results.list', { actor, ...query, batteryId });
  }

  @Get('batteries/:id/analytics')
  @ApiResult('BatteryAnalytics')
  @ApiOperation({ summary: 'Response rates, category and conclusion distributions, Kondisi Kerja Ideal, gaps (admin)' })
  analytics(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
    @Query() filter: ResultFilterDto,
  ): Promise<BatteryAnalytics> {
    return this.rpc.call('reporting', 'results.analytics', { actor, batteryId, filter: filterOf(filter) });
  }

  @Get('batteries/:id/results/export')
  @ApiFile('The results spreadsheet', 'text/csv', XLSX)
  @ApiOperation({ summary: 'The results as a spreadsheet (CSV or XLSX); the gap column for admins only' })
  async export(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
    @Query() query: ResultExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return download(
      await this.rpc.call('reporting', 'results.export', {
        actor,
        batteryId,
        format: query.format ?? 'xlsx',
        filter: filterOf(query),
        language: negotiateLanguage(acceptLanguage),
      }),
    );
  }

  @Get('batteries/:id/reports/archive')
  @ApiFile('One part of the report archive', 'application/zip')
  @ApiOperation({
    summary: 'A zip of the individual reports, in parts of 100; X-Evkin-Archive-Parts says how many parts there are',
  })
  @Header('Cache-Control', 'no-store')
  async archive(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
    @Query() query: ReportsArchiveQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const archive = await this.rpc.call(
      'reporting',
      'results.reports.archive',
      { actor, batteryId, filter: filterOf(query), part: query.part ?? 1, language: negotiateLanguage(acceptLanguage) },
      // 100 reports at ~100 ms each on a small pool: well past the default RPC timeout.
      { timeoutMs: this.env.BULK_RPC_TIMEOUT_MS },
    );
    response.setHeader('X-Evkin-Archive-Parts', String(archive.parts));
    return download(archive);
  }

  @Post('batteries/:id/directorate-report.pdf')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "The directorate's report (seed 000 G.3) as a PDF: the texts sent, with the execution facts and the analytics " +
      'tables; changes nothing, so viewers may render it too',
  })
  @ApiFile("The directorate's report", 'application/pdf')
  @Header('Cache-Control', 'no-store')
  async directorateReport(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) batteryId: string,
    @Body() body: DirectorateReportDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return download(
      await this.rpc.call(
        'reporting',
        'results.directorate-report.pdf',
        { actor, batteryId, sections: body.sections, language: negotiateLanguage(acceptLanguage) },
        { timeoutMs: PDF_RPC_TIMEOUT_MS },
      ),
    );
  }

  @Get('results/:participantId')
  @ApiResult('AdminResultView')
  @ApiOperation({ summary: "A participant's result; `breakdown` (per role, gap) for admins only, null for viewers" })
  result(
    @CurrentAdmin() actor: AdminActor,
    @Param('participantId', new ParseUUIDPipe()) participantId: string,
  ): Promise<AdminResultView> {
    return this.rpc.call('reporting', 'results.get', { actor, participantId });
  }

  @Get('results/:participantId/report')
  @ApiFile('The individual report (Rahasia)', 'application/pdf')
  @ApiOperation({ summary: 'The individual report PDF (Rahasia), once all four raters submitted' })
  @Header('Cache-Control', 'no-store')
  async report(
    @Param('participantId', new ParseUUIDPipe()) participantId: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return download(
      await this.rpc.call(
        'reporting',
        'results.report.pdf',
        {
          participantId,
          language: negotiateLanguage(acceptLanguage),
        },
        { timeoutMs: PDF_RPC_TIMEOUT_MS },
      ),
    );
  }

  @Get('assignments/:assignmentId/proof')
  @ApiFile('Bukti Penyelesaian', 'application/pdf')
  @ApiOperation({ summary: 'A submitted assignment’s Bukti Penyelesaian PDF (helpdesk)' })
  @Header('Cache-Control', 'no-store')
  async proof(
    @Param('assignmentId', new ParseUUIDPipe()) assignmentId: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return download(
      await this.rpc.call(
        'reporting',
        'results.proof.pdf',
        {
          assignmentId,
          language: negotiateLanguage(acceptLanguage),
        },
        { timeoutMs: PDF_RPC_TIMEOUT_MS },
      ),
    );
  }
}
