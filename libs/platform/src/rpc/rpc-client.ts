import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ClientRMQ, RmqRecord } from '@nestjs/microservices';
import { TimeoutError, firstValueFrom, timeout } from 'rxjs';
import {
  CORRELATION_HEADER,
  RPC_QUEUES,
  type BackendServiceName,
  type ErrorCode,
  type RpcCatalogue,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@evkin/contracts';
import { isRpcErrorPayload } from '../errors.js';
import { currentCorrelationId } from '../logging/context.js';

/** An RPC call that did not return a result, already classified by error code. */
export class RpcCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly errors: { field: string; code: string }[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'RpcCallError';
  }
}

type ServiceOf<P extends RpcPattern> = RpcCatalogue[P]['service'];

/**
 * Typed request–reply to the backend services. Requests expire in the broker when the caller
 * has given up, so a slow service never works on answers nobody waits for.
 */
export class RpcClient implements OnApplicationShutdown {
  private readonly logger = new Logger(RpcClient.name);
  private readonly clients = new Map<BackendServiceName, ClientRMQ>();

  constructor(
    private readonly rabbitmqUrl: string,
    private readonly timeoutMs: number,
  ) {}

  async call<P extends RpcPattern>(
    service: ServiceOf<P>,
    pattern: P,
    request: RpcRequest<P>,
    options: { timeoutMs?: number } = {},
  ): Promise<RpcResponse<P>> {
    const ms = options.timeoutMs ?? this.timeoutMs;
    const record = new RmqRecord(request, {
      headers: { [CORRELATION_HEADER]: currentCorrelationId() },
      expiration: String(ms),
    });
    try {
      return await firstValueFrom(this.client(service).send<RpcResponse<P>>(pattern, record).pipe(timeout(ms)));
    } catch (error) {
      throw this.classify(service, pattern, error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.close()));
  }

  private client(service: BackendServiceName): ClientRMQ {
    let client = this.clients.get(service);
    if (!client) {
      client = new ClientRMQ({
        urls: [this.rabbitmqUrl],
        queue: RPC_QUEUES[service],
        queueOptions: { durable: true },
        persistent: false,
      });
      this.clients.set(service, client);
    }
    return client;
  }

  private classify(service: BackendServiceName, pattern: string, error: unknown): RpcCallError {
    if (error instanceof TimeoutError) {
      this.logger.warn(`${service} did not answer ${pattern} within the timeout`);
      return new RpcCallError('timeout');
    }
    // Nest wraps the RpcException payload as `{ error, message }` on the wire.
    const payload = (error as { error?: unknown } | null)?.error ?? error;
    if (isRpcErrorPayload(payload))
      return new RpcCallError(payload.code, payload.errors ?? [], payload.extensions ?? {});
    this.logger.warn(
      `${pattern} to ${service} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
    return new RpcCallError('service_unavailable');
  }
}
