/** A cell of an exported table. Dates are written as ISO-8601 in CSV and as dates in XLSX. */
export type Cell = string | number | Date | null;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return that hides
 * one) as a formula: a participant named "=HYPERLINK(…)" must not become a link in an admin's Excel
 * (CSV injection, OWASP). Such text gets a leading apostrophe, which Excel shows as text. Numbers
 * are written as numbers, so a negative gap stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = cell instanceof Date ? cell.toISOString() : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 (comma, CRLF, double quotes), UTF-8 with a byte-order mark so Excel reads the accents. */
export function toCsv(rows: readonly (readonly Cell[])[]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}
