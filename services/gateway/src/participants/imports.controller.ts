import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Post,
  Query,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { negotiateLanguage, type AdminActor, type ImportReport } from '@evkin/contracts';
import { DomainError, RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { CurrentAdmin } from '../auth/current-admin.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { GATEWAY_ENV, type GatewayEnv } from '../config.js';
import { ImportFormDto, TemplateQueryDto } from './participants.dto.js';
import { ApiFile, ApiResult } from '../openapi/responses.js';

/**
 * 50,000 rows of CSV are 6–9 MB (an XLSX a quarter of that). The file travels base64-encoded in one
 * RPC message, and RabbitMQ 4 refuses messages over 16 MiB by default: 12 MB is 16 MB encoded.
 */
const MAX_UPLOAD_BYTES = 12_000_000;

interface UploadedSpreadsheet {
  originalname: string;
  buffer: Buffer;
}

/** The participant dataset import (seed 000 G.2.b): dry run, then an all-or-nothing commit. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin/imports')
export class ImportsController {
  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  @Post()
  @ApiResult('ImportReport')
  @HttpCode(200)
  @Roles(['admin'])
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'dryRun'],
      properties: {
        file: { type: 'string', format: 'binary' },
        batteryId: { type: 'string', format: 'uuid' },
        dryRun: { type: 'boolean' },
      },
    },
  })
  @ApiOperation({ summary: 'CSV or XLSX; 422 `import_invalid` with the report when a commit has errors' })
  import(
    @CurrentAdmin() actor: AdminActor,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() form: ImportFormDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<ImportReport> {
    if (file === undefined) throw new DomainError('validation_failed', [{ field: 'file', code: 'isNotEmpty' }]);
    return this.rpc.call(
      'assessment',
      'participants.import',
      {
        actor,
        fileName: file.originalname,
        contentBase64: file.buffer.toString('base64'),
        ...(form.batteryId === undefined ? {} : { batteryId: form.batteryId }),
        dryRun: form.dryRun,
        language: negotiateLanguage(acceptLanguage),
      },
      { timeoutMs: this.env.BULK_RPC_TIMEOUT_MS },
    );
  }

  @Get('template')
  @ApiFile(
    'The participant file template',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOperation({ summary: 'The participant file template (headers in the request language)' })
  async template(
    @Query() query: TemplateQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.rpc.call('assessment', 'participants.template', {
      format: query.format,
      language: negotiateLanguage(acceptLanguage),
    });
    response.type(file.contentType).attachment(file.fileName).send(Buffer.from(file.contentBase64, 'base64'));
  }
}
