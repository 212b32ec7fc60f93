import { IMPORT_COLUMNS, type ImportColumn, type ImportRowError, type Language } from '@evkin/contracts';
import { decodeText, parseCsv } from './csv.js';
import { REQUIRED_COLUMNS, COLUMN_LABELS, matchHeader } from './headers.js';
import { MESSAGES } from './messages.js';
import { rowError } from './row-error.js';
import type { SheetLine } from './sheet-line.js';
import type { RawRow, ReadOptions, ReadResult } from './types.js';
import { XlsxUnreadable, readXlsx } from './xlsx.js';

export const DEFAULT_MAX_ROWS = 100_000;

// Offices often put a title or a note above the header; it is looked for this far down.
const HEADER_SEARCH_LINES = 10;
const HEADER_MIN_MATCHES = 3;

const startsWith = (bytes: Buffer, ...signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

type Sniffed = 'xlsx' | 'legacy_xls' | 'binary' | 'text';

/** By content, not by name: a renamed file is still read for what it is. */
function sniff(bytes: Buffer): Sniffed {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'legacy_xls';
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  // Text never holds NUL bytes (UTF-16 aside); PDFs, images and archives do, or start with a signature.
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return 'binary';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'binary';
  if (startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'binary';
  return 'text';
}

const isBlank = (line: SheetLine): boolean => line.fields.every((f) => f.trim() === '');

function findHeader(lines: SheetLine[]): number {
  let first = -1;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_SEARCH_LINES; i++) {
    if (isBlank(lines[i]!)) continue;
    if (first < 0) first = i;
    seen++;
    const matches = new Set(lines[i]!.fields.map(matchHeader).filter((c) => c !== null));
    if (matches.size >= HEADER_MIN_MATCHES) return i;
  }
  return first;
}

/**
 * Reads a participant dataset (seed 000 G.2.b) from CSV or XLSX bytes into rows of text cells keyed by
 * column. Problems with the file as a whole come back as row-0 errors with no rows; row content is
 * checked by `validateRows`.
 */
export async function readImportFile(fileName: string, bytes: Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const language: Language = options.language ?? 'id';
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const t = MESSAGES[language];
  const fail = (
    code: ImportRowError['code'],
    body: string,
    value: string | null = null,
    column: ImportColumn | null = null,
  ) => rowError(language, 0, column, code, body, value);
  const failed = (format: ReadResult['format'], ...errors: ImportRowError[]): ReadResult => ({
    format,
    rows: [],
    errors,
    headers: {},
  });

  const kind = sniff(bytes);
  let format: ReadResult['format'];
  let lines: SheetLine[];
  switch (kind) {
    case 'legacy_xls':
      return failed(null, fail('unreadable_file', t.unreadableLegacyXls(), fileName));
    case 'binary':
      return failed(null, fail('unreadable_file', t.unreadableBinary(), fileName));
    case 'xlsx':
      format = 'xlsx';
      try {
        lines = await readXlsx(bytes);
      } catch (error) {
        if (error instanceof XlsxUnreadable)
          return failed(format, fail('unreadable_file', t.unreadableXlsx(), fileName));
        throw error;
      }
      break;
    case 'text':
      format = 'csv';
      try {
        lines = parseCsv(decodeText(bytes));
      } catch (error) {
        const line = (error as { lines?: unknown }).lines;
        return failed(
          format,
          fail('unreadable_file', t.unreadableCsv(typeof line === 'number' ? line : null), fileName),
        );
      }
      break;
  }

  const headerAt = findHeader(lines);
  if (headerAt < 0) return failed(format, fail('empty_file', t.emptyFile()));

  const indexOf = new Map<ImportColumn, number>();
  const headers: Partial<Record<ImportColumn, string>> = {};
  lines[headerAt]!.fields.forEach((text, index) => {
    const column = matchHeader(text);
    // The first matching column wins; a later one with the same meaning is ignored, like an unknown column.
    if (column !== null && !indexOf.has(column)) {
      indexOf.set(column, index);
      headers[column] = text.trim();
    }
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !indexOf.has(c));
  if (missing.length > 0) {
    return failed(
      format,
      ...missing.map((c) => fail('missing_column', t.missingColumn(COLUMN_LABELS[language][c]), null, c)),
    );
  }

  const data = lines.slice(headerAt + 1).filter((line) => !isBlank(line));
  if (data.length === 0) return failed(format, fail('empty_file', t.emptyFile()));
  if (data.length > maxRows) return failed(format, fail('too_many_rows', t.tooManyRows(data.length, maxRows)));

  const present = IMPORT_COLUMNS.filter((c) => indexOf.has(c));
  const rows = data.map((line): RawRow => {
    const cells = {} as Record<ImportColumn, string>;
    for (const column of IMPORT_COLUMNS) cells[column] = '';
    for (const column of present) cells[column] = line.fields[indexOf.get(column)!] ?? '';
    if (line.rounded === undefined) return { row: line.row, cells };
    const rounded = present.filter((c) => line.rounded!.includes(indexOf.get(c)!));
    return rounded.length > 0 ? { row: line.row, cells, rounded } : { row: line.row, cells };
  });
  return { format, rows, errors: [], headers };
}
