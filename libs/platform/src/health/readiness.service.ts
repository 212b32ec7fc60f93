import { Injectable } from '@nestjs/common';
import type { DependencyCheck, ReadinessReport, ServiceName } from '@evkin/contracts';

export interface HealthCheck {
  name: string;
  /** Resolves when the dependency can serve; rejects (with a reason) when it cannot. */
  check(): Promise<void>;
}

export const SERVICE_NAME = Symbol('SERVICE_NAME');

const CHECK_TIMEOUT_MS = 2000;

/**
 * Readiness of this service: each infrastructure module registers the check of the dependency
 * it owns, so readiness always covers exactly what the service uses.
 */
@Injectable()
export class ReadinessService {
  private readonly checks: HealthCheck[] = [];
  private shuttingDown = false;

  constructor(private readonly service: ServiceName) {}

  register(check: HealthCheck): void {
    this.checks.push(check);
  }

  /** Once shutdown starts the service reports not ready so load balancers drain it first. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async report(): Promise<ReadinessReport> {
    const checks: DependencyCheck[] = await Promise.all(this.checks.map((check) => runCheck(check)));
    if (this.shuttingDown) checks.push({ name: 'shutdown', ok: false, detail: 'shutting down' });
    return { service: this.service, ready: checks.every((c) => c.ok), checks };
  }
}

async function runCheck(check: HealthCheck): Promise<DependencyCheck> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check.check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { name: check.name, ok: true };
  } catch (error) {
    return { name: check.name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
