import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AdminActor, AuditEntry, Page } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { CurrentAdmin } from '../auth/current-admin.decorator.js';
import { PageQueryDto } from '../participants/participants.dto.js';
import { ApiResult } from '../openapi/responses.js';

/** Every admin change, newest first (issue 7). */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin/audit')
export class AuditController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiResult('AuditEntry', { page: true })
  list(@CurrentAdmin() actor: AdminActor, @Query() query: PageQueryDto): Promise<Page<AuditEntry>> {
    return this.rpc.call('assessment', 'audit.list', { actor, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
  }
}
