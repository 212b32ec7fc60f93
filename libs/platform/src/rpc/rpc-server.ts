import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { RpcException, Transport, type RmqContext, type RmqOptions } from '@nestjs/microservices';
import { Observable, catchError, finalize, throwError } from 'rxjs';
import { CORRELATION_HEADER, RPC_QUEUES, type BackendServiceName } from '@evkin/contracts';
import { DomainError, type RpcErrorPayload } from '../errors.js';
import { acceptCorrelationId, runWithContext } from '../logging/context.js';
import { MetricsService } from '../metrics/metrics.service.js';

/**
 * The RMQ transport's defaults (auto-ack, unlimited prefetch) are replaced: requests are acked
 * after their handler settles and at most `prefetch` run at once per replica.
 */
export function rpcServerOptions(service: BackendServiceName, rabbitmqUrl: string, prefetch = 32): RmqOptions {
  return {
    transport: Transport.RMQ,
    options: {
      urls: [rabbitmqUrl],
      queue: RPC_QUEUES[service],
      queueOptions: { durable: true },
      noAck: false,
      prefetchCount: prefetch,
    },
  };
}

/**
 * Around every message handler: the caller's correlation id, a duration metric, the manual ack,
 * and the translation of domain errors into a wire payload the gateway maps to HTTP.
 */
@Injectable()
export class RpcServerInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Rpc');

  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const rmq = context.switchToRpc().getContext<RmqContext>();
    const message = rmq.getMessage() as { properties: { headers?: Record<string, unknown> } };
    const pattern = rmq.getPattern();
    const correlationId = acceptCorrelationId(message.properties.headers?.[CORRELATION_HEADER]);
    const stop = this.metrics.rpcDuration.startTimer({ pattern });
    let outcome = 'ok';
    return new Observable((subscriber) =>
      runWithContext({ correlationId }, () =>
        next
          .handle()
          .pipe(
            catchError((error: unknown) => {
              outcome = error instanceof DomainError ? 'refused' : 'error';
              return throwError(() => this.toRpcException(pattern, error));
            }),
            finalize(() => {
              stop({ outcome });
              (rmq.getChannelRef() as { ack(message: unknown): void }).ack(rmq.getMessage());
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }

  private toRpcException(pattern: string, error: unknown): RpcException {
    if (error instanceof DomainError) {
      const payload: RpcErrorPayload = { code: error.code, errors: error.errors, extensions: error.extensions };
      return new RpcException(payload);
    }
    this.logger.error(error instanceof Error ? error : new Error(String(error)), `handler for ${pattern} failed`);
    const payload: RpcErrorPayload = { code: 'internal' };
    return new RpcException(payload);
  }
}
