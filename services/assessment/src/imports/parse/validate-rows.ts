import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportErrorCode,
  type ImportRowError,
  type Language,
  type Target,
} from '@evkin/contracts';
import { isEmail, normaliseEmail } from './email.js';
import { collapse } from './fold.js';
import { isFormulaLike } from './formula.js';
import { parseLanguage } from './language.js';
import { MAX_LENGTH } from './limits.js';
import { MESSAGES } from './messages.js';
import { checkNip } from './nip.js';
import { rowError } from './row-error.js';
import { parseTarget } from './target.js';
import type { BatteryRef, RawRow, ValidRow, ValidationContext, ValidationResult } from './types.js';

const REQUIRED = new Set<ImportColumn>(['name', 'email', 'position', 'unit', 'province', 'regency', 'battery']);
const COLUMN_ORDER = new Map(IMPORT_COLUMNS.map((c, i) => [c, i]));

type BatteryLookup = (text: string) => { battery: BatteryRef } | { problem: 'unknown' | 'ambiguous' };

function batteryLookup(batteries: readonly BatteryRef[]): BatteryLookup {
  const byId = new Map(batteries.map((b) => [b.id.toLowerCase(), b]));
  const byName = new Map<string, BatteryRef[]>();
  for (const b of batteries) {
    const key = collapse(b.name).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), b]);
  }
  return (text) => {
    const key = text.toLowerCase();
    const battery = byId.get(key);
    if (battery) return { battery };
    const named = byName.get(key) ?? [];
    if (named.length === 1) return { battery: named[0]! };
    return { problem: named.length === 0 ? 'unknown' : 'ambiguous' };
  };
}

function existsIn(context: ValidationContext): (batteryId: string, email: string) => boolean {
  const existing = context.existingEmails;
  if (existing === undefined) return () => false;
  if (typeof existing === 'function') return existing;
  return (batteryId, email) => existing.get(batteryId)?.has(email) ?? false;
}

/**
 * Checks every data row and reports every problem of each (not only the first), in the requested
 * language. Rows without problems come back normalised and ready to insert.
 */
export function validateRows(rows: readonly RawRow[], context: ValidationContext): ValidationResult {
  const language: Language = context.language;
  const t = MESSAGES[language];
  const findBattery = batteryLookup(context.batteries);
  const exists = existsIn(context);
  const defaultBattery = context.defaultBatteryId ? findBattery(context.defaultBatteryId) : null;
  const firstRowOf = new Map<string, number>();
  const valid: ValidRow[] = [];
  const errors: ImportRowError[] = [];

  for (const raw of rows) {
    const rowErrors: ImportRowError[] = [];
    const add = (column: ImportColumn, code: ImportErrorCode, body: string, value: string | null) =>
      rowErrors.push(rowError(language, raw.row, column, code, body, value, context.headers));

    // Length and injection are checked on every cell; content checks only on cells that passed them,
    // since "=HYPERLINK(…)" is not usefully also "not an email".
    const value = {} as Record<ImportColumn, string>;
    const usable = {} as Record<ImportColumn, boolean>;
    for (const column of IMPORT_COLUMNS) {
      const cell = raw.cells[column];
      value[column] = collapse(cell);
      usable[column] = false;
      if (value[column] === '') {
        const defaulted = column === 'battery' && defaultBattery !== null;
        if (REQUIRED.has(column) && !defaulted) add(column, 'missing_field', t.missingField(), null);
        continue;
      }
      let ok = true;
      if (value[column].length > MAX_LENGTH[column]) {
        add(column, 'too_long', t.tooLong(value[column], MAX_LENGTH[column]), cell);
        ok = false;
      }
      if (isFormulaLike(cell)) {
        add(column, 'formula_like', t.formulaLike(value[column]), cell);
        ok = false;
      }
      usable[column] = ok;
    }

    let nip: string | null = null;
    if (usable.nip) {
      const checked = checkNip(value.nip, raw.rounded?.includes('nip') ?? false);
      if ('nip' in checked) nip = checked.nip;
      else {
        const body = { digits: t.invalidNip, scientific: t.invalidNipScientific, rounded: t.invalidNipRounded }[
          checked.problem
        ](value.nip);
        add('nip', 'invalid_nip', body, raw.cells.nip);
      }
    }

    let email: string | null = null;
    if (usable.email) {
      const candidate = normaliseEmail(raw.cells.email);
      if (isEmail(candidate)) email = candidate;
      else add('email', 'invalid_email', t.invalidEmail(value.email), raw.cells.email);
    }

    let target: Target | null = null;
    if (usable.position) {
      target = parseTarget(value.position);
      if (target === null) add('position', 'unknown_level', t.unknownLevel(value.position), raw.cells.position);
    }

    let battery: BatteryRef | null = null;
    if (usable.battery) {
      const found = findBattery(value.battery);
      if ('battery' in found) battery = found.battery;
      else {
        const body = found.problem === 'unknown' ? t.unknownBattery(value.battery) : t.ambiguousBattery(value.battery);
        add('battery', 'unknown_battery', body, raw.cells.battery);
      }
    } else if (value.battery === '' && defaultBattery !== null) {
      if ('battery' in defaultBattery) battery = defaultBattery.battery;
      else add('battery', 'unknown_battery', t.unknownDefaultBattery(context.defaultBatteryId!), null);
    }

    let rowLanguage: Language | null = 'id';
    if (usable.language) {
      rowLanguage = parseLanguage(value.language);
      if (rowLanguage === null)
        add('language', 'unknown_language', t.unknownLanguage(value.language), raw.cells.language);
    } else if (value.language !== '') rowLanguage = null;

    if (target !== null && battery !== null && target !== battery.target) {
      const body = t.levelMismatch(value.position, t.target(target), battery.name, t.target(battery.target));
      add('position', 'level_mismatch', body, raw.cells.position);
    }

    if (email !== null && battery !== null) {
      const key = `${battery.id}\n${email}`;
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, raw.row);
      else add('email', 'duplicate_in_file', t.duplicateInFile(email, first), raw.cells.email);
      if (exists(battery.id, email)) {
        add('email', 'duplicate_in_battery', t.duplicateInBattery(email, battery.name), raw.cells.email);
      }
    }

    if (rowErrors.length > 0) {
      // Stable: within a column the errors keep the order they were found in.
      rowErrors.sort((a, b) => COLUMN_ORDER.get(a.column!)! - COLUMN_ORDER.get(b.column!)!);
      errors.push(...rowErrors);
      continue;
    }
    valid.push({
      row: raw.row,
      name: value.name,
      nip,
      email: email!,
      target: target!,
      unit: value.unit,
      province: value.province,
      regency: value.regency,
      batteryId: battery!.id,
      language: rowLanguage!,
    });
  }
  return { rows: rows.length, valid, errors };
}
