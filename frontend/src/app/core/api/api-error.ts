import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorCode, ProblemDetails } from '@evkin/contracts';
import type { TranslationKey } from '../i18n/id';

/** A failed API call reduced to what the UI decides on; `title` is already in the reader's language. */
export interface ApiError {
  /** 0 when no HTTP response arrived (offline, DNS, CORS, aborted). */
  status: number;
  code: ErrorCode | null;
  title: string | null;
}

function isProblem(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<ProblemDetails>;
  return typeof candidate.title === 'string' && typeof candidate.code === 'string';
}

export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) return { status: 0, code: null, title: null };
  const problem = isProblem(error.error) ? error.error : null;
  return { status: error.status, code: problem?.code ?? null, title: problem?.title ?? null };
}

/** Failures a second attempt can fix: no response, a server fault, or rate limiting. */
export function isRetryable(error: ApiError): boolean {
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/** A proxy or a crashed upstream may answer without a problem body; the portal then supplies its own text. */
export function fallbackMessageKey(error: ApiError): TranslationKey {
  return error.status === 0 ? 'error.network' : 'error.unexpected';
}
