import type { AssignmentStatus, RaterRole } from '@evkin/contracts';
import type { TranslationKey } from '../../core/i18n/id';

// The template-literal types make the compiler reject a role or status without a dictionary entry.
export function roleLabelKey(role: RaterRole): TranslationKey {
  return `role.${role}`;
}

export function statusLabelKey(status: AssignmentStatus): TranslationKey {
  return `status.${status}`;
}
