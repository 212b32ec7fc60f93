import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminActor, BatterySummary, BatteryView } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { AdminGuard } from '../auth/admin.guard.js';
import { CurrentAdmin } from '../auth/current-admin.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { BatteryInputDto, BatteryStatusDto } from './battery.dto.js';
import { ApiResult } from '../openapi/responses.js';

/** Batteries (seed 000 G.1.c). Viewers read; admins build, change and (de)activate them. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('api/admin/batteries')
export class BatteriesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiResult('BatterySummary', { array: true })
  @ApiOperation({ summary: 'Every battery, newest first, with participant counts' })
  list(@CurrentAdmin() actor: AdminActor): Promise<BatterySummary[]> {
    return this.rpc.call('assessment', 'batteries.list', { actor });
  }

  @Post()
  @ApiResult('BatteryView', { status: 201 })
  @Roles(['admin'])
  @ApiOperation({ summary: 'Build a battery; omitted items, Part 1 codes, scoring and reminders take the defaults' })
  create(@CurrentAdmin() actor: AdminActor, @Body() battery: BatteryInputDto): Promise<BatteryView> {
    return this.rpc.call('assessment', 'batteries.create', { actor, battery });
  }

  @Get(':id')
  @ApiResult('BatteryView')
  get(@CurrentAdmin() actor: AdminActor, @Param('id', new ParseUUIDPipe()) id: string): Promise<BatteryView> {
    return this.rpc.call('assessment', 'batteries.get', { actor, id });
  }

  @Put(':id')
  @ApiResult('BatteryView')
  @Roles(['admin'])
  @ApiOperation({ summary: 'Change a battery; an instrument already answered gets a new version instead' })
  update(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() battery: BatteryInputDto,
  ): Promise<BatteryView> {
    return this.rpc.call('assessment', 'batteries.update', { actor, id, battery });
  }

  @Post(':id/status')
  @ApiResult('BatteryView')
  @HttpCode(200)
  @Roles(['admin'])
  @ApiOperation({ summary: 'Activate or deactivate a battery' })
  status(
    @CurrentAdmin() actor: AdminActor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: BatteryStatusDto,
  ): Promise<BatteryView> {
    return this.rpc.call('assessment', 'batteries.status', { actor, id, status: body.status });
  }
}
