import type { AdminRole, AssignmentStatus, RaterRole, ResultCategory, Target } from '@evkin/contracts';
import type { TranslationKey } from '../../../core/i18n/id';

export const targetKey = (target: Target): TranslationKey => `admin.target.${target}`;
export const roleKey = (role: RaterRole): TranslationKey => `role.${role}`;
export const adminRoleKey = (role: AdminRole): TranslationKey => `admin.role.${role}`;
export const roleStatusKey = (status: AssignmentStatus | 'none'): TranslationKey => `admin.roleStatus.${status}`;
export const categoryKey = (category: ResultCategory): TranslationKey => `admin.category.${category}`;
export const conclusionKey = (category: ResultCategory): TranslationKey => `admin.conclusion.${category}`;
