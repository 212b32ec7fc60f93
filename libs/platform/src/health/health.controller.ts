import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { ReadinessReport } from '@evkin/contracts';
import { ReadinessService } from './readiness.service.js';

interface StatusResponse {
  status(code: number): unknown;
}

@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** Liveness checks nothing outside the process: a broken database must not restart pods. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: StatusResponse): Promise<ReadinessReport> {
    const report = await this.readiness.report();
    response.status(report.ready ? 200 : 503);
    return report;
  }
}
