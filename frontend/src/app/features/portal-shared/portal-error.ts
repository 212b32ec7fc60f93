import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError, MissingAnswer } from '@evkin/contracts';
import { type ApiError, toApiError } from '../../core/api/api-error';

/** The problems that replace the whole portal page instead of showing next to a button. */
export type LinkProblem = 'link_invalid' | 'link_expired' | 'link_revoked' | 'session_expired';

/** An ApiError plus the members of a problem body the portal acts on. */
export interface PortalError extends ApiError {
  /** 422 `incomplete`: what is still unanswered. */
  missing: MissingAnswer[] | null;
  /** 400 `validation_failed`: which fields were refused. */
  fieldErrors: FieldError[];
}

export function toPortalError(error: unknown): PortalError {
  const base = toApiError(error);
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const missing = Array.isArray(record['missing']) ? (record['missing'] as MissingAnswer[]) : null;
  const fieldErrors = Array.isArray(record['errors']) ? (record['errors'] as FieldError[]) : [];
  return { ...base, missing, fieldErrors };
}

/**
 * Which whole-page problem an error means, if any. A call made with the link token treats a bare 401
 * or 404 as an unknown link; a call made with the session token treats a 401 as an ended session.
 */
export function linkProblemOf(error: ApiError, tokenKind: 'link' | 'session'): LinkProblem | null {
  const pageProblems: readonly (string | null)[] = ['link_invalid', 'link_expired', 'link_revoked', 'session_expired'];
  if (pageProblems.includes(error.code)) return error.code as LinkProblem;
  if (error.status === 401) return tokenKind === 'session' ? 'session_expired' : 'link_invalid';
  if (error.status === 404 && error.code === null && tokenKind === 'link') return 'link_invalid';
  return null;
}
