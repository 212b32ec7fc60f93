import { parse } from 'csv-parse/sync';
import type { SheetLine } from './sheet-line.js';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Text of a CSV export. Excel on Windows writes UTF-8 with a BOM, "Unicode text" as UTF-16 and plain
 * "CSV" in the ANSI code page (Windows-1252 on Indonesian installs), so undecodable UTF-8 falls back to
 * that rather than being refused.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// A title line may sit above the header, so the first lines are all looked at.
const SNIFF_LINES = 10;

/**
 * The delimiter that splits one of the first lines into the most fields, counting outside quotes:
 * the header decides even below a title such as "DAFTAR PESERTA, 2026".
 */
export function detectDelimiter(text: string): string {
  const best = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let line = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    for (const [d, n] of line) best.set(d, Math.max(best.get(d)!, n));
    line = new Map(DELIMITERS.map((d) => [d, 0]));
    lines++;
  };
  for (let i = 0; i < text.length && lines < SNIFF_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') endLine();
    else if (line.has(ch)) line.set(ch, line.get(ch)! + 1);
  }
  endLine();
  let choice: string = ',';
  for (const d of DELIMITERS) if (best.get(d)! > best.get(choice)!) choice = d;
  return choice;
}

/**
 * Splits CSV text into records. Blank lines stay as records so that numbering matches the rows a
 * spreadsheet shows; a leading `sep=;` line (Excel's delimiter hint) is honoured and not counted,
 * as Excel hides it. Throws csv-parse's error on broken quoting.
 */
export function parseCsv(text: string): SheetLine[] {
  let body = text;
  let delimiter: string;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint) {
    delimiter = hint[1]!;
    body = body.slice(hint[0].length);
  } else {
    delimiter = detectDelimiter(body);
  }
  const records = parse(body, {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  return records.map((fields, i) => ({ row: i + 1, fields }));
}
