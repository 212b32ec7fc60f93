/**
 * A battery's scoring settings (DESIGN §2: defaults, configurable per battery) and their
 * validation. Validation returns field errors by code so an admin form can show each one.
 */
import {
  ACTIVITY_PROFILE_MODES,
  BAND_EDGES,
  RATER_ROLES,
  type ActivityProfileMode,
  type BandEdge,
  type RaterRole,
} from '@evkin/contracts';

// Band edges (categories that start at a configurable index; below `kurang` is Sangat Kurang) and the
// activity-profile modes ('self': the participant's own ticks; 'majority': ticked by at least 2 raters)
// are part of the battery contract.
export { ACTIVITY_PROFILE_MODES, BAND_EDGES, type ActivityProfileMode, type BandEdge };

export interface ScoringSettings {
  /** Weight of each role in the combined mean; each 0–1, together 1 (within 1e-9). */
  readonly weights: Readonly<Record<RaterRole, number>>;
  /** Lowest index (0–100, at most one decimal) of each category, strictly descending. */
  readonly bands: Readonly<Record<BandEdge, number>>;
  readonly activityProfileMode: ActivityProfileMode;
}

export const DEFAULT_SCORING_SETTINGS: ScoringSettings = Object.freeze({
  weights: Object.freeze({ self: 0.25, supervisor: 0.25, peer: 0.25, service_user: 0.25 }),
  bands: Object.freeze({ sangat_baik: 80, baik: 60, sedang: 40, kurang: 20 }),
  activityProfileMode: 'self',
});

/** What a battery stores: only the settings it changes. */
export interface ScoringSettingsOverrides {
  readonly weights?: Partial<Readonly<Record<RaterRole, number>>>;
  readonly bands?: Partial<Readonly<Record<BandEdge, number>>>;
  readonly activityProfileMode?: ActivityProfileMode;
}

/** The defaults with a battery's overrides applied (not validated: call validateScoringSettings). */
export function resolveScoringSettings(overrides: ScoringSettingsOverrides = {}): ScoringSettings {
  return {
    weights: { ...DEFAULT_SCORING_SETTINGS.weights, ...overrides.weights },
    bands: { ...DEFAULT_SCORING_SETTINGS.bands, ...overrides.bands },
    activityProfileMode: overrides.activityProfileMode ?? DEFAULT_SCORING_SETTINGS.activityProfileMode,
  };
}

export const WEIGHT_SUM_TOLERANCE = 1e-9;

export type ScoringSettingsErrorCode =
  'weight_range' | 'weights_sum' | 'band_range' | 'band_precision' | 'band_order' | 'profile_mode';

export interface ScoringSettingsFieldError {
  /** Dotted path of the offending field, e.g. `weights.peer`, `bands.baik`. */
  readonly field: string;
  readonly code: ScoringSettingsErrorCode;
  readonly message: string;
}

/** Every problem with the settings; an empty list means they can be used. */
export function validateScoringSettings(settings: ScoringSettings): ScoringSettingsFieldError[] {
  const errors: ScoringSettingsFieldError[] = [];

  let sum = 0;
  let allFinite = true;
  for (const role of RATER_ROLES) {
    const weight: unknown = settings.weights[role];
    if (typeof weight !== 'number' || !Number.isFinite(weight)) {
      allFinite = false;
      errors.push({ field: `weights.${role}`, code: 'weight_range', message: 'Weight must be a number from 0 to 1.' });
      continue;
    }
    if (weight < 0 || weight > 1) {
      errors.push({ field: `weights.${role}`, code: 'weight_range', message: 'Weight must be from 0 to 1.' });
    }
    sum += weight;
  }
  if (allFinite && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    errors.push({
      field: 'weights',
      code: 'weights_sum',
      message: `The four role weights must add up to 1 (they add up to ${sum}).`,
    });
  }

  let higher: { edge: BandEdge; value: number } | null = null;
  for (const edge of BAND_EDGES) {
    const value: unknown = settings.bands[edge];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 100) {
      errors.push({
        field: `bands.${edge}`,
        code: 'band_range',
        message: 'A band starts at an index above 0 and at most 100.',
      });
      continue;
    }
    if (Math.abs(value * 10 - Math.round(value * 10)) > 1e-9) {
      errors.push({
        field: `bands.${edge}`,
        code: 'band_precision',
        message: 'A band starts at an index with at most one decimal.',
      });
    }
    if (higher !== null && value >= higher.value) {
      errors.push({
        field: `bands.${edge}`,
        code: 'band_order',
        message: `Band ${edge} must start below band ${higher.edge} (${higher.value}).`,
      });
    }
    higher = { edge, value };
  }

  if (!(ACTIVITY_PROFILE_MODES as readonly unknown[]).includes(settings.activityProfileMode)) {
    errors.push({
      field: 'activityProfileMode',
      code: 'profile_mode',
      message: 'The activity profile mode is "self" or "majority".',
    });
  }
  return errors;
}

export class InvalidScoringSettingsError extends Error {
  constructor(readonly errors: readonly ScoringSettingsFieldError[]) {
    super(`Invalid scoring settings: ${errors.map((e) => `${e.field} (${e.code})`).join(', ')}`);
    this.name = 'InvalidScoringSettingsError';
  }
}

export function assertValidScoringSettings(settings: ScoringSettings): void {
  const errors = validateScoringSettings(settings);
  if (errors.length > 0) throw new InvalidScoringSettingsError(errors);
}
