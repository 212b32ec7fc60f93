import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The service's Prometheus registry and the figures every service shares. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'evkin_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly eventsPublished = new Counter({
    name: 'evkin_events_published_total',
    help: 'Events relayed from the outbox to the broker, by routing key',
    labelNames: ['routing_key'] as const,
    registers: [this.registry],
  });

  readonly eventsConsumed = new Counter({
    name: 'evkin_events_consumed_total',
    help: 'Events handled by a consumer, by routing key and outcome (ok, duplicate, retried, dead_lettered)',
    labelNames: ['consumer', 'routing_key', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly rpcDuration = new Histogram({
    name: 'evkin_rpc_duration_seconds',
    help: 'Request–reply calls over RabbitMQ by pattern and outcome',
    labelNames: ['pattern', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
