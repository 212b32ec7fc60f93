import { Body, Controller, Get, Module, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminAccount, AdminActor } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { ApiResult } from '../openapi/responses.js';
import { AccountInputDto } from './auth.dto.js';
import { AdminGuard } from './admin.guard.js';
import { CurrentAdmin } from './current-admin.decorator.js';
import { Roles } from './roles.decorator.js';

/** Local console accounts: admins add admins and viewers (e.g. for a province office). */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Roles(['admin'])
@Controller('api/admin/accounts')
export class AccountsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiResult('AdminAccount', { array: true })
  @ApiOperation({ summary: 'The local console accounts and their roles' })
  list(@CurrentAdmin() actor: AdminActor): Promise<AdminAccount[]> {
    return this.rpc.call('assessment', 'auth.accounts.list', { actor });
  }

  @Post()
  @ApiResult('AdminAccount', { status: 201 })
  @ApiOperation({ summary: 'A local account with a password of at least 12 characters' })
  create(@CurrentAdmin() actor: AdminActor, @Body() account: AccountInputDto): Promise<AdminAccount> {
    return this.rpc.call('assessment', 'auth.accounts.create', { actor, account });
  }
}

@Module({ controllers: [AccountsController] })
export class AccountsModule {}
