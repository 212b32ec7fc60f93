import type { ImportColumn, ImportRowError, Language, Target } from '@evkin/contracts';

/** A data row as read from the file: every cell as text, '' when the cell or the column is absent. */
export interface RawRow {
  /** The row number the spreadsheet shows (the header is row 1, blank rows still count). */
  row: number;
  cells: Record<ImportColumn, string>;
  /**
   * Cells the spreadsheet stored as numbers beyond 15 significant digits: Excel has already dropped the
   * last digits, so an 18-digit NIP typed into a number cell cannot be trusted.
   */
  rounded?: ImportColumn[];
}

export interface ReadOptions {
  /** Language of the file-level messages; 'id' by default. */
  language?: Language;
  /** Data rows accepted at most; 100,000 by default. */
  maxRows?: number;
}

export interface ReadResult {
  format: 'csv' | 'xlsx' | null;
  /** Empty when `errors` is not. */
  rows: RawRow[];
  /** File-level errors (row 0): unreadable_file, empty_file, too_many_rows, missing_column. */
  errors: ImportRowError[];
  /** The header text the file uses for each column it has, to name columns in messages as the user sees them. */
  headers: Partial<Record<ImportColumn, string>>;
}

export interface BatteryRef {
  id: string;
  name: string;
  target: Target;
}

/**
 * Emails already registered, lower-cased: either a map battery id → set of emails, or a predicate.
 * The lead can fill the map with one query on the file's emails (see `normaliseEmail`).
 */
export type ExistingEmails = ReadonlyMap<string, ReadonlySet<string>> | ((batteryId: string, email: string) => boolean);

export interface ValidationContext {
  /** Batteries a row may name, by id or by name (case-insensitive). */
  batteries: readonly BatteryRef[];
  /** For rows whose battery cell is empty. */
  defaultBatteryId?: string | null;
  existingEmails?: ExistingEmails;
  language: Language;
  /** Column names as the file writes them (`ReadResult.headers`); the template's names otherwise. */
  headers?: Partial<Record<ImportColumn, string>>;
}

/** A row ready to become a participant. */
export interface ValidRow {
  row: number;
  name: string;
  /** 18 digits, or null when the cell is empty. */
  nip: string | null;
  /** Trimmed and lower-cased. */
  email: string;
  target: Target;
  unit: string;
  province: string;
  regency: string;
  batteryId: string;
  language: Language;
}

export interface ValidationResult {
  /** Data rows examined. */
  rows: number;
  /** Rows without any error, in file order. */
  valid: ValidRow[];
  /** Every error of every row, by row then column order. */
  errors: ImportRowError[];
}
