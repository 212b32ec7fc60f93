import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { GatewayReadiness, ReadinessReport } from '@evkin/contracts';
import { ApiResult } from '../openapi/responses.js';
import { GatewayHealthService } from './health.service.js';

@ApiTags('health')
@Controller('health')
export class GatewayHealthController {
  constructor(private readonly health: GatewayHealthService) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** For the gateway's own pod probe: one backend down must not take the portal out of service. */
  @Get('ready/self')
  @ApiResult('ReadinessReport')
  async self(@Res({ passthrough: true }) response: { status(code: number): unknown }): Promise<ReadinessReport> {
    const report = await this.health.self();
    response.status(report.ready ? 200 : 503);
    return report;
  }

  @Get('ready')
  @ApiResult('GatewayReadiness')
  async ready(@Res({ passthrough: true }) response: { status(code: number): unknown }): Promise<GatewayReadiness> {
    const report = await this.health.report();
    response.status(report.ready ? 200 : 503);
    return report;
  }
}
