import type { ErrorCode } from '@evkin/contracts';

/**
 * A rule of the domain refused the request. It carries a code, never a sentence, so the gateway
 * can answer in the caller's language; `errors` name the offending fields.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly errors: { field: string; code: string }[] = [],
    /** RFC 9457 extension members the client needs to act (e.g. `missing` answers, an import report). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** The payload an RPC error carries over the wire. */
export interface RpcErrorPayload {
  code: ErrorCode;
  errors?: { field: string; code: string }[];
  extensions?: Record<string, unknown>;
}

export function isRpcErrorPayload(value: unknown): value is RpcErrorPayload {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
