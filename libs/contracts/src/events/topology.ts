/** The durable topic exchange every domain event is published to. Integrators bind their own queues. */
export const EVENTS_EXCHANGE = 'evkin.events';

/** Where consumers' exhausted messages go; each consumer queue has a `<queue>.dlq` bound here. */
export const DEAD_LETTER_EXCHANGE = 'evkin.dlx';

/** The request–reply queue of each service the gateway calls. */
export const RPC_QUEUES = {
  assessment: 'evkin.assessment.rpc',
  notification: 'evkin.notification.rpc',
  reporting: 'evkin.reporting.rpc',
} as const;

export type ServiceName = 'gateway' | keyof typeof RPC_QUEUES;
export type BackendServiceName = keyof typeof RPC_QUEUES;
export const BACKEND_SERVICES = Object.keys(RPC_QUEUES) as BackendServiceName[];

/** AMQP/HTTP header that carries the correlation id across hops. */
export const CORRELATION_HEADER = 'x-correlation-id';
