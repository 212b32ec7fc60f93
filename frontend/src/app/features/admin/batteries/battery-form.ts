import type {
  ActivityProfileMode,
  BandEdge,
  BatteryInput,
  BatteryStatus,
  BatteryView,
  RaterRole,
  Target,
} from '@evkin/contracts';
import { BAND_EDGES, DEFAULT_REMINDER_DAYS, RATER_ROLES } from '@evkin/contracts';

/** The editor's model: a BatteryInput with every default spelled out, and reminder days as typed text. */
export interface BatteryFormModel {
  name: string;
  programme: string;
  periodStart: string;
  deadline: string;
  target: Target;
  status: BatteryStatus;
  subCompetencyIds: string[];
  part2ItemIds: string[];
  part1Codes: string[];
  weights: Record<RaterRole, number>;
  bands: Record<BandEdge, number>;
  activityProfileMode: ActivityProfileMode;
  reminderDays: string;
}

/** DESIGN §2 defaults. */
export const DEFAULT_WEIGHTS: Readonly<Record<RaterRole, number>> = {
  self: 0.25,
  supervisor: 0.25,
  peer: 0.25,
  service_user: 0.25,
};
export const DEFAULT_BANDS: Readonly<Record<BandEdge, number>> = { sangat_baik: 80, baik: 60, sedang: 40, kurang: 20 };

export function emptyBattery(): BatteryFormModel {
  return {
    name: '',
    programme: '',
    periodStart: '',
    deadline: '',
    target: 'ahli_pertama',
    status: 'inactive',
    subCompetencyIds: [],
    part2ItemIds: [],
    part1Codes: [],
    weights: { ...DEFAULT_WEIGHTS },
    bands: { ...DEFAULT_BANDS },
    activityProfileMode: 'self',
    reminderDays: DEFAULT_REMINDER_DAYS.join(', '),
  };
}

export function fromView(view: BatteryView): BatteryFormModel {
  return {
    name: view.name,
    programme: view.programme,
    periodStart: view.periodStart,
    deadline: view.deadline,
    target: view.target,
    status: view.status,
    subCompetencyIds: [...view.instrument.subCompetencyIds],
    part2ItemIds: view.instrument.part2Items.map((item) => item.id),
    part1Codes: [...view.instrument.part1Codes],
    weights: { ...view.scoring.weights },
    bands: { ...view.scoring.bands },
    activityProfileMode: view.scoring.activityProfileMode,
    reminderDays: view.reminderDays.join(', '),
  };
}

/** "7, 1" → [7, 1]; null when any entry is not a whole number 0–60 or repeats (the server's rule). */
export function parseReminderDays(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const days = parts.map(Number);
  const valid = days.every((d) => Number.isInteger(d) && d >= 0 && d <= 60) && new Set(days).size === days.length;
  return valid ? days : null;
}

export function weightsSum(weights: Record<RaterRole, number>): number {
  return RATER_ROLES.reduce((sum, role) => sum + (Number(weights[role]) || 0), 0);
}

/** The first band edge that breaks "descending, above 0, at most 100, one decimal", or null. */
export function bandProblem(
  bands: Record<BandEdge, number>,
): { edge: BandEdge; kind: 'range' | 'order' | 'precision' } | null {
  let previous = Infinity;
  for (const edge of BAND_EDGES) {
    const value = bands[edge];
    if (typeof value !== 'number' || Number.isNaN(value) || value <= 0 || value > 100) return { edge, kind: 'range' };
    if (Math.round(value * 10) !== value * 10) return { edge, kind: 'precision' };
    if (value >= previous) return { edge, kind: 'order' };
    previous = value;
  }
  return null;
}

export function toInput(model: BatteryFormModel, includeStatus: boolean): BatteryInput {
  return {
    name: model.name.trim(),
    programme: model.programme.trim(),
    periodStart: model.periodStart,
    deadline: model.deadline,
    target: model.target,
    ...(includeStatus ? { status: model.status } : {}),
    subCompetencyIds: model.subCompetencyIds,
    part2ItemIds: model.part2ItemIds,
    part1Codes: model.part1Codes,
    scoring: {
      weights: { ...model.weights },
      bands: { ...model.bands },
      activityProfileMode: model.activityProfileMode,
    },
    reminderDays: parseReminderDays(model.reminderDays) ?? [],
  };
}

const SERVER_FIELDS: readonly (keyof BatteryFormModel)[] = [
  'name',
  'programme',
  'periodStart',
  'deadline',
  'target',
  'status',
  'subCompetencyIds',
  'part2ItemIds',
  'part1Codes',
  'weights',
  'bands',
  'activityProfileMode',
  'reminderDays',
];

/**
 * Which editor field a problem+json field path belongs to: "deadline", "scoring.weights.self",
 * "bands.baik", "part2ItemIds[3]" or "part2ItemIds.3" all land on the field that shows them.
 */
export function formFieldOf(path: string): keyof BatteryFormModel | null {
  const segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '' && s !== 'scoring');
  const head = segments[0];
  return SERVER_FIELDS.find((field) => field === head) ?? null;
}
