import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { CORRELATION_HEADER } from '@evkin/contracts';
import { acceptCorrelationId, runWithContext } from '../logging/context.js';
import type { MetricsService } from '../metrics/metrics.service.js';

/**
 * Gives every HTTP request a correlation id (the caller's, when it sends a sane one), echoes it
 * back, and logs one line per request. Paths are logged without their query string.
 */
export function requestContextMiddleware(logger: Logger, metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const correlationId = acceptCorrelationId(request.header(CORRELATION_HEADER));
    response.setHeader(CORRELATION_HEADER, correlationId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      metrics.httpDuration.observe({ method: request.method, route, status: String(response.statusCode) }, seconds);
      if (request.path.startsWith('/health') || request.path === '/metrics') return;
      logger.info(
        {
          correlationId,
          method: request.method,
          path: request.path,
          status: response.statusCode,
          durationMs: Math.round(seconds * 1000),
        },
        'http request',
      );
    });
    runWithContext({ correlationId }, next);
  };
}
