import type { LoggerService, LogLevel } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { currentContext } from './context.js';

/**
 * One JSON line per log entry, with the service name and the current correlation id.
 * Secrets are redacted by key wherever they appear.
 */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const context = currentContext();
      return context ? { correlationId: context.correlationId } : {};
    },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'links', '*.links'],
      censor: '[redacted]',
    },
  });
}

/** Nest's logger interface over pino, so framework messages come out as the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
  setLogLevels(_levels: LogLevel[]): void {
    // Levels come from LOG_LEVEL; Nest's own level list is ignored on purpose.
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]) {
    // Nest passes the context (class name) as the last string parameter.
    const last = params.at(-1);
    const context = typeof last === 'string' ? last : undefined;
    const rest = context === undefined ? params : params.slice(0, -1);
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
      return;
    }
    const stack = rest.find((p) => typeof p === 'string');
    if (stack) fields['stack'] = stack;
    if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...message });
      return;
    }
    this.logger[level](fields, String(message));
  }
}
