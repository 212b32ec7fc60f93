import type { ImportColumn, ImportErrorCode, ImportRowError, Language } from '@evkin/contracts';
import { COLUMN_LABELS } from './headers.js';
import { MESSAGES } from './messages.js';

/** Builds an error whose message starts with where it is ("Baris 7, kolom Email: …"). */
export function rowError(
  language: Language,
  row: number,
  column: ImportColumn | null,
  code: ImportErrorCode,
  body: string,
  value: string | null,
  headers?: Partial<Record<ImportColumn, string>>,
): ImportRowError {
  const label = column === null ? null : (headers?.[column] ?? COLUMN_LABELS[language][column]);
  return {
    row,
    column,
    code,
    message: MESSAGES[language].where(row, label) + body,
    value: value === null ? null : value.slice(0, 100),
  };
}
