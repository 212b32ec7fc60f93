import type { FieldTree } from '@angular/forms/signals';
import type { TranslationKey } from '../../core/i18n/id';

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
