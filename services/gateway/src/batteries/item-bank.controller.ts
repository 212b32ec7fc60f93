import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminActor, BankItem } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { CurrentAdmin } from '../auth/current-admin.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { BankItemInputDto, BankItemQueryDto, BankItemUpdateDto } from './bank-item.dto.js';
import { ApiResult } from '../openapi/responses.js';

/** The Part 2 item bank. Viewers read; admins add, reword and (de)activate statements. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin/items')
export class ItemBankController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiResult('BankItem', { array: true })
  @ApiOperation({ summary: 'Statements of the item bank, active only unless includeInactive' })
  list(@CurrentAdmin() actor: AdminActor, @Query() query: BankItemQueryDto): Promise<BankItem[]> {
    return this.rpc.call('assessment', 'items.list', { actor, ...query });
  }

  @Post()
  @ApiResult('BankItem', { status: 201 })
  @Roles(['admin'])
  @ApiOperation({ summary: 'Add a statement (id custom.<uuid>)' })
  create(@CurrentAdmin() actor: AdminActor, @Body() item: BankItemInputDto): Promise<BankItem> {
    return this.rpc.call('assessment', 'items.create', { actor, item });
  }

  @Patch(':id')
  @ApiResult('BankItem')
  @Roles(['admin'])
  @ApiOperation({ summary: 'Reword or (de)activate a statement; batteries already built keep their copy' })
  update(
    @CurrentAdmin() actor: AdminActor,
    @Param('id') id: string,
    @Body() changes: BankItemUpdateDto,
  ): Promise<BankItem> {
    return this.rpc.call('assessment', 'items.update', { actor, id, changes });
  }
}
