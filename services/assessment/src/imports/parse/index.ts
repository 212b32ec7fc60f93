export { readImportFile, DEFAULT_MAX_ROWS } from './read-import-file.js';
export { validateRows } from './validate-rows.js';
export { buildTemplate } from './template.js';
export { normaliseEmail, isEmail } from './email.js';
export { parseTarget } from './target.js';
export { COLUMN_LABELS, REQUIRED_COLUMNS } from './headers.js';
export type {
  BatteryRef,
  ExistingEmails,
  RawRow,
  ReadOptions,
  ReadResult,
  ValidRow,
  ValidationContext,
  ValidationResult,
} from './types.js';
