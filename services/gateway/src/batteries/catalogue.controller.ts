import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CatalogueView } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { ApiResult } from '../openapi/responses.js';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin/catalogue')
export class CatalogueController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiResult('CatalogueView')
  @ApiOperation({ summary: 'Competencies, sub-competencies, levels, Part 1 activities and tasks, answer scale' })
  get(): Promise<CatalogueView> {
    return this.rpc.call('assessment', 'catalogue.get', {});
  }
}
