import ExcelJS from 'exceljs';
import type { SheetLine } from './sheet-line.js';

const { ValueType } = ExcelJS;

type TextPart = { text: string };
const joinRich = (parts: readonly TextPart[]): string => parts.map((p) => p.text).join('');

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'richText' in value) return joinRich((value as { richText: TextPart[] }).richText);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A calendar date when the time is midnight (how Excel stores a typed date), else the full instant. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * A cell as the text the user typed. A formula becomes "=…" so the injection check sees it, and a number
 * keeps every digit it still has: an integer beyond 2^53 is written out in full (never 1.98e+17) and
 * flagged, because Excel itself kept only 15 significant digits.
 */
function cellText(cell: ExcelJS.Cell): { text: string; rounded: boolean } {
  // A merged cell shows its master's value across the whole range, so that is what the row holds.
  const source = cell.type === ValueType.Merge ? cell.master : cell;
  const value = source.value;
  switch (source.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return { text: '', rounded: false };
    case ValueType.Number: {
      const n = value as number;
      if (Number.isInteger(n) && !Number.isSafeInteger(n)) return { text: BigInt(n).toString(), rounded: true };
      return { text: String(n), rounded: false };
    }
    case ValueType.Date:
      return { text: dateText(value as Date), rounded: false };
    case ValueType.Hyperlink:
      return { text: textOf((value as ExcelJS.CellHyperlinkValue).text), rounded: false };
    case ValueType.Formula:
      return { text: `=${source.formula ?? ''}`, rounded: false };
    case ValueType.RichText:
      return { text: joinRich((value as ExcelJS.CellRichTextValue).richText), rounded: false };
    case ValueType.Error:
      return { text: (value as ExcelJS.CellErrorValue).error, rounded: false };
    case ValueType.Boolean:
    case ValueType.String:
    case ValueType.SharedString:
      return { text: textOf(value), rounded: false };
    default:
      return { text: source.text, rounded: false };
  }
}

/** Thrown when the bytes are a zip but not a workbook with a worksheet. */
export class XlsxUnreadable extends Error {}

/** The first worksheet's non-empty rows, numbered as Excel numbers them. */
export async function readXlsx(bytes: Buffer): Promise<SheetLine[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new XlsxUnreadable('not a workbook', { cause });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new XlsxUnreadable('no worksheet');
  const lines: SheetLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    const rounded: number[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = cellText(row.getCell(c));
      fields.push(cell.text);
      if (cell.rounded) rounded.push(c - 1);
    }
    lines.push(rounded.length > 0 ? { row: rowNumber, fields, rounded } : { row: rowNumber, fields });
  });
  return lines;
}
