import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError, ProblemDetails } from '@evkin/contracts';
import { toApiError } from '../../../core/api/api-error';
import type { I18nService } from '../../../core/i18n/i18n.service';

/** A failed admin call: the problem title (already in the admin's language) and its field errors. */
export interface AdminProblem {
  status: number;
  title: string | null;
  fieldErrors: FieldError[];
  /** The whole problem body, for routes that add their own members (e.g. the import report). */
  body: unknown;
}

function fieldErrorsOf(body: unknown): FieldError[] {
  const errors = (body as Partial<ProblemDetails> | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is FieldError => typeof e?.field === 'string' && typeof e.message === 'string' && typeof e.code === 'string',
  );
}

export function toProblem(error: unknown): AdminProblem {
  const api = toApiError(error);
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  return { status: api.status, title: api.title, fieldErrors: fieldErrorsOf(body), body };
}

/** The sentence to show for a failure: the server's own title, else the console's generic text. */
export function problemMessage(problem: AdminProblem, i18n: I18nService): string {
  if (problem.title) return problem.title;
  if (problem.status === 0) return i18n.t('error.network');
  if (problem.status === 403) return i18n.t('admin.error.forbidden');
  return i18n.t('error.unexpected');
}
