import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { FieldTree, ValidationError } from '@angular/forms/signals';
import type { FieldError } from '@evkin/contracts';
import { I18nService } from '../../core/i18n/i18n.service';
import type { TranslationKey } from '../../core/i18n/id';

/** The kind of error put on a field from the server's refusal; its message is already translated. */
const SERVER = 'server';

/** The message for the first error of a field, in the reader's language. */
export function fieldErrorKey(field: FieldTree<string>): TranslationKey | null {
  const kind = field().errors()[0]?.kind;
  switch (kind) {
    case undefined:
      return null;
    case 'required':
      return 'portal.field.required';
    case 'email':
      return 'portal.field.emailInvalid';
    case 'maxLength':
      return 'portal.field.tooLong';
    case 'sameEmail':
      return 'portal.raters.sameEmail';
    default:
      return 'portal.raters.invalid';
  }
}

/**
 * `<mat-error>{{ form.email | fieldError }}</mat-error>`: the server's own words for a field it
 * refused, else the portal's text for the check that failed here. Impure, like the `t` pipe, so a
 * language switch re-translates it.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(field: FieldTree<string>): string {
    const error = field().errors()[0];
    if (error?.kind === SERVER && error.message) return error.message;
    return this.i18n.t(fieldErrorKey(field) ?? 'portal.field.required');
  }
}

/**
 * A 400 `validation_failed` as errors on the form's fields (named by their path in the request, e.g.
 * `supervisor.email`), for a signal form's submit action to return. Fields the form does not show are
 * left out: the page's alert carries the refusal's title.
 */
export function serverFieldErrors(
  errors: readonly FieldError[],
  fieldAt: (path: string) => FieldTree<string> | undefined,
): ValidationError.WithOptionalFieldTree[] {
  return errors.flatMap((error) => {
    const fieldTree = fieldAt(error.field);
    return fieldTree ? [{ kind: SERVER, message: error.message, fieldTree }] : [];
  });
}
