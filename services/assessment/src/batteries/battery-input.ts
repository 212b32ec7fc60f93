import {
  BATTERY_STATUSES,
  DEFAULT_REMINDER_DAYS,
  RATER_ROLES,
  BAND_EDGES,
  type BatteryStatus,
  type InstrumentItem,
  type ScoringSettingsDto,
  type Target,
} from '@evkin/contracts';
import { DEFAULT_SCORING_SETTINGS, validateScoringSettings } from '@evkin/scoring';
import { CATALOGUE, isTarget, subCompetenciesFor } from '@evkin/catalogue';
import type { BankItemRecord } from '../item-bank/bank-item.entity.js';
import type { BatteryInstrumentRecord } from './battery-instrument.entity.js';
import type { BatteryRecord } from './battery.entity.js';

export const MAX_TEXT_LENGTH = 200;
export const MAX_REMINDER_DAY = 60;

export interface FieldProblem {
  field: string;
  code: string;
}

/** A battery as it will be stored: every default applied, every list in catalogue order. */
export interface ResolvedBattery {
  name: string;
  programme: string;
  periodStart: string;
  deadline: string;
  target: Target;
  status: BatteryStatus;
  scoring: ScoringSettingsDto;
  reminderDays: number[];
  subCompetencyIds: string[];
  part1Codes: string[];
  /** A fresh snapshot from the bank; the caller keeps the old one when the ids did not change. */
  part2Items: InstrumentItem[];
}

/** What an update starts from: an omitted optional field keeps its current value. */
export interface BatteryBaseline {
  battery: BatteryRecord;
  instrument: BatteryInstrumentRecord;
}

/**
 * Checks a `BatteryInput` (received over RPC, so of unknown shape) and applies the defaults.
 *
 * `bank` holds every bank item of the input's target plus any item named in `part2ItemIds`, inactive ones
 * included, so that each id can be told apart as unknown, inactive or of another target.
 *
 * Omitted optional fields: on create, `status` is active, `part2ItemIds` every active bank item of the target in
 * the chosen sub-competencies, `part1Codes` the whole checklist of the target, `scoring` the defaults of DESIGN §2
 * and `reminderDays` [7, 1]. On update they keep the battery's current values (scoring overrides merge over the
 * current settings), except that the Part 2 items fall back to the defaults when the target or the sub-competencies
 * change, and Part 1 when the target changes, since the old lists would not fit. Statements already in the current
 * instrument stay acceptable after they were deactivated in the bank.
 */
export function resolveBatteryInput(
  raw: unknown,
  bank: readonly BankItemRecord[],
  baseline?: BatteryBaseline,
): { ok: true; value: ResolvedBattery } | { ok: false; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const fail = (field: string, code: string): void => {
    errors.push({ field, code });
  };
  const input = isRecord(raw) ? raw : {};

  const name = requiredText(input['name'], 'name', fail);
  const programme = requiredText(input['programme'], 'programme', fail);
  const periodStart = calendarDate(input['periodStart'], 'periodStart', fail);
  const deadline = calendarDate(input['deadline'], 'deadline', fail);
  if (periodStart !== null && deadline !== null && deadline < periodStart) fail('deadline', 'deadline_before_start');

  const target = isTarget(input['target']) ? input['target'] : null;
  if (target === null) fail('target', 'isIn');

  let status: BatteryStatus = baseline?.battery.status ?? 'active';
  if (input['status'] !== undefined) {
    if ((BATTERY_STATUSES as readonly unknown[]).includes(input['status'])) status = input['status'] as BatteryStatus;
    else fail('status', 'isIn');
  }

  const scoring = resolveScoring(input['scoring'], baseline?.battery.scoring ?? DEFAULT_SCORING_SETTINGS, fail);
  const reminderDays = resolveReminderDays(
    input['reminderDays'],
    baseline?.battery.reminderDays ?? DEFAULT_REMINDER_DAYS,
    fail,
  );

  // The instrument can only be checked against a known target.
  const instrument = target === null ? null : resolveInstrument(input, target, bank, baseline, fail);

  if (errors.length > 0 || name === null || programme === null || periodStart === null || deadline === null) {
    return { ok: false, errors };
  }
  if (target === null || instrument === null || scoring === null || reminderDays === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: { name, programme, periodStart, deadline, target, status, scoring, reminderDays, ...instrument },
  };
}

type Fail = (field: string, code: string) => void;

function resolveInstrument(
  input: Record<string, unknown>,
  target: Target,
  bank: readonly BankItemRecord[],
  baseline: BatteryBaseline | undefined,
  fail: Fail,
): Pick<ResolvedBattery, 'subCompetencyIds' | 'part1Codes' | 'part2Items'> | null {
  const before = baseline?.instrument;
  const sameTarget = baseline?.battery.target === target;
  let ok = true;
  const failed: Fail = (field, code) => {
    ok = false;
    fail(field, code);
  };

  // Part 2 scope: the chosen combination of sub-competencies (seed 000 F.1, "custom" batteries).
  const scope = new Set<string>(subCompetenciesFor(target).map((s) => s.id));
  const chosen = idList(input['subCompetencyIds'], 'subCompetencyIds', failed) ?? [];
  if (Array.isArray(input['subCompetencyIds']) && chosen.length === 0) failed('subCompetencyIds', 'empty_instrument');
  chosen.forEach((id, i) => {
    if (CATALOGUE.subCompetency(id) === undefined) failed(`subCompetencyIds.${i}`, 'unknown_sub_competency');
    else if (!scope.has(id)) failed(`subCompetencyIds.${i}`, 'sub_competency_not_measured');
  });
  const subCompetencyIds = inCatalogueOrder(
    chosen,
    CATALOGUE.subCompetencies.map((s) => s.id),
  );
  const sameScope = sameTarget && before !== undefined && sameList(subCompetencyIds, before.subCompetencyIds);

  // Part 1: all 80 activities for a Pengantar Kerja, whatever the level (the activity profile counts ticks at
  // every level), or the 37 tasks of a Petugas Antar Kerja.
  const checklist =
    target === 'petugas' ? CATALOGUE.petugasTasks.map((t) => t.id) : CATALOGUE.activities.map((a) => a.code);
  let part1Codes: string[];
  if (input['part1Codes'] === undefined) {
    part1Codes = sameTarget && before !== undefined ? [...before.part1Codes] : checklist;
  } else {
    const codes = idList(input['part1Codes'], 'part1Codes', failed) ?? [];
    if (Array.isArray(input['part1Codes']) && codes.length === 0) failed('part1Codes', 'empty_instrument');
    const known = new Set(checklist);
    codes.forEach((code, i) => {
      if (!known.has(code)) failed(`part1Codes.${i}`, 'unknown_activity');
    });
    part1Codes = inCatalogueOrder(codes, checklist);
  }

  // Part 2 statements.
  const byId = new Map(bank.map((item) => [item.id, item]));
  const current = new Set(before?.part2Items.map((item) => item.id) ?? []);
  const chosenSet = new Set(subCompetencyIds);
  let items: BankItemRecord[];
  if (input['part2ItemIds'] === undefined) {
    items =
      sameScope && before !== undefined
        ? before.part2Items.map((item) => byId.get(item.id)).filter((item) => item !== undefined)
        : bank.filter((item) => item.target === target && item.active && chosenSet.has(item.subCompetencyId));
  } else {
    const ids = idList(input['part2ItemIds'], 'part2ItemIds', failed) ?? [];
    if (Array.isArray(input['part2ItemIds']) && ids.length === 0) failed('part2ItemIds', 'empty_instrument');
    items = [];
    ids.forEach((id, i) => {
      const item = byId.get(id);
      if (item === undefined) failed(`part2ItemIds.${i}`, 'unknown_item');
      else if (item.target !== target || !chosenSet.has(item.subCompetencyId)) {
        failed(`part2ItemIds.${i}`, 'item_wrong_target');
      } else {
        if (!item.active && !current.has(item.id)) failed(`part2ItemIds.${i}`, 'item_inactive');
        items.push(item);
      }
    });
  }
  // Every chosen sub-competency needs at least one statement, or its score could not be computed. (An inactive
  // statement counts here: it is reported on its own, once.)
  const covered = new Set(items.map((item) => item.subCompetencyId));
  chosen.forEach((id, i) => {
    if (scope.has(id) && !covered.has(id)) failed(`subCompetencyIds.${i}`, 'sub_competency_without_items');
  });

  if (!ok) return null;
  return {
    subCompetencyIds,
    part1Codes,
    part2Items: orderBankItems(items).map((item) => ({
      id: item.id,
      subCompetencyId: item.subCompetencyId,
      text: item.text,
      en: item.en,
    })),
  };
}

const SUB_COMPETENCY_ORDER = new Map<string, number>(CATALOGUE.subCompetencies.map((s, i) => [s.id, i]));
const CATALOGUE_ITEM_ORDER = new Map(CATALOGUE.items.map((item, i) => [item.id, i]));

/**
 * The order statements appear in a form: by sub-competency (Tabel 1), then the catalogue's statements in
 * catalogue order, then the admins' in the order they were written.
 */
export function orderBankItems<T extends Pick<BankItemRecord, 'id' | 'subCompetencyId' | 'createdAt'>>(
  items: readonly T[],
): T[] {
  const position = (item: T): number => CATALOGUE_ITEM_ORDER.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort(
    (a, b) =>
      (SUB_COMPETENCY_ORDER.get(a.subCompetencyId) ?? 99) - (SUB_COMPETENCY_ORDER.get(b.subCompetencyId) ?? 99) ||
      position(a) - position(b) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}

function resolveScoring(raw: unknown, base: ScoringSettingsDto, fail: Fail): ScoringSettingsDto | null {
  if (raw !== undefined && !isRecord(raw)) {
    fail('scoring', 'isObject');
    return null;
  }
  const overrides = raw ?? {};
  const weights = overrides['weights'] ?? {};
  const bands = overrides['bands'] ?? {};
  if (!isRecord(weights)) fail('scoring.weights', 'isObject');
  if (!isRecord(bands)) fail('scoring.bands', 'isObject');
  if (!isRecord(weights) || !isRecord(bands)) return null;
  // Built key by key, so an unknown role or band never reaches the stored settings.
  const resolved = {
    weights: Object.fromEntries(RATER_ROLES.map((role) => [role, weights[role] ?? base.weights[role]])),
    bands: Object.fromEntries(BAND_EDGES.map((edge) => [edge, bands[edge] ?? base.bands[edge]])),
    activityProfileMode: overrides['activityProfileMode'] ?? base.activityProfileMode,
  } as ScoringSettingsDto;
  const problems = validateScoringSettings(resolved);
  for (const problem of problems) fail(`scoring.${problem.field}`, problem.code);
  return problems.length > 0 ? null : resolved;
}

function resolveReminderDays(raw: unknown, current: readonly number[], fail: Fail): number[] | null {
  if (raw === undefined) return [...current];
  if (!Array.isArray(raw)) {
    fail('reminderDays', 'isArray');
    return null;
  }
  const days: unknown[] = raw;
  const valid = days.every((d) => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= MAX_REMINDER_DAY);
  if (!valid || new Set(days).size !== days.length) {
    fail('reminderDays', 'reminder_days');
    return null;
  }
  // Furthest first: the order reminders go out in.
  return (days as number[]).sort((a, b) => b - a);
}

function requiredText(raw: unknown, field: string, fail: Fail): string | null {
  if (typeof raw !== 'string') {
    fail(field, raw === undefined || raw === null ? 'isNotEmpty' : 'isString');
    return null;
  }
  const text = raw.trim();
  if (text === '') fail(field, 'isNotEmpty');
  else if (text.length > MAX_TEXT_LENGTH) fail(field, 'maxLength');
  else return text;
  return null;
}

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is refused, not rolled over). */
export function isCalendarDate(raw: unknown): raw is string {
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const [y, m, d] = raw.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function calendarDate(raw: unknown, field: string, fail: Fail): string | null {
  if (isCalendarDate(raw)) return raw;
  fail(field, raw === undefined || raw === null ? 'isNotEmpty' : 'invalid_date');
  return null;
}

/** A list of string ids without repeats; reports and returns null when it is not one. */
function idList(raw: unknown, field: string, fail: Fail): string[] | null {
  if (!Array.isArray(raw)) {
    fail(field, raw === undefined || raw === null ? 'isNotEmpty' : 'isArray');
    return null;
  }
  const values: unknown[] = raw;
  const seen = new Set<string>();
  const ids: string[] = [];
  let ok = true;
  values.forEach((value, i) => {
    if (typeof value !== 'string') {
      fail(`${field}.${i}`, 'isString');
      ok = false;
    } else if (seen.has(value)) {
      fail(`${field}.${i}`, 'duplicate_entry');
      ok = false;
    } else {
      seen.add(value);
      ids.push(value);
    }
  });
  return ok ? ids : null;
}

function inCatalogueOrder(ids: readonly string[], order: readonly string[]): string[] {
  const position = new Map(order.map((id, i) => [id, i]));
  return [...ids].sort((a, b) => (position.get(a) ?? order.length) - (position.get(b) ?? order.length));
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
