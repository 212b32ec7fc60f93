import { Injectable } from '@nestjs/common';
import { BACKEND_SERVICES, type GatewayReadiness, type ReadinessReport } from '@evkin/contracts';
import { ReadinessService, RpcClient, RpcCallError } from '@evkin/platform';

const READINESS_TIMEOUT_MS = 2000;

@Injectable()
export class GatewayHealthService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly readiness: ReadinessService,
  ) {}

  self(): Promise<ReadinessReport> {
    return this.readiness.report();
  }

  /** The stack is ready only when the gateway and every backend service say so. */
  async report(): Promise<GatewayReadiness> {
    const [gateway, ...backends] = await Promise.all([
      this.readiness.report(),
      ...BACKEND_SERVICES.map((service) => this.ask(service)),
    ]);
    const services = { gateway } as GatewayReadiness['services'];
    for (const report of backends) services[report.service] = report;
    return { ready: Object.values(services).every((s) => s.ready), services };
  }

  private async ask(service: (typeof BACKEND_SERVICES)[number]): Promise<ReadinessReport> {
    try {
      return await this.rpc.call(service, 'health.ready', {}, { timeoutMs: READINESS_TIMEOUT_MS });
    } catch (error) {
      const detail = error instanceof RpcCallError ? error.code : String(error);
      return { service, ready: false, checks: [{ name: 'rpc', ok: false, detail }] };
    }
  }
}
