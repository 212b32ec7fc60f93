import type { RaterRole } from '../events/roles.js';
import type { Target } from './catalogue.js';

/** Seed 000 G.1.c: a battery is active (raters can fill it in) or inactive. */
export const BATTERY_STATUSES = ['active', 'inactive'] as const;
export type BatteryStatus = (typeof BATTERY_STATUSES)[number];

export const ACTIVITY_PROFILE_MODES = ['self', 'majority'] as const;
export type ActivityProfileMode = (typeof ACTIVITY_PROFILE_MODES)[number];

/** Categories that start at a configurable index; everything below `kurang` is Sangat Kurang. */
export const BAND_EDGES = ['sangat_baik', 'baik', 'sedang', 'kurang'] as const;
export type BandEdge = (typeof BAND_EDGES)[number];

/** DESIGN §2 scoring settings of a battery. */
export interface ScoringSettingsDto {
  weights: Record<RaterRole, number>;
  bands: Record<BandEdge, number>;
  activityProfileMode: ActivityProfileMode;
}

export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 1];

/**
 * What an admin sends to create or change a battery. Dates are calendar dates (YYYY-MM-DD) in WIB;
 * links work until the end of the deadline day (23:59:59 WIB).
 */
export interface BatteryInput {
  name: string;
  /** The development programme (program pengembangan kompetensi) the evaluation follows. */
  programme: string;
  periodStart: string;
  deadline: string;
  target: Target;
  status?: BatteryStatus;
  /** Part 2: the chosen combination of sub-competencies (e.g. ["sk04", "sk05"]). */
  subCompetencyIds: string[];
  /** Part 2 statements; by default every active bank item of the target in those sub-competencies. */
  part2ItemIds?: string[];
  /** Part 1 checklist: activity codes or Petugas task ids; by default all 80 activities or all 37 tasks. */
  part1Codes?: string[];
  /** Omitted fields keep the defaults of DESIGN §2. */
  scoring?: Partial<{
    weights: Partial<Record<RaterRole, number>>;
    bands: Partial<Record<BandEdge, number>>;
    activityProfileMode: ActivityProfileMode;
  }>;
  /** Days before the deadline on which open raters are reminded; default [7, 1]. */
  reminderDays?: number[];
}

export interface InstrumentItem {
  id: string;
  subCompetencyId: string;
  text: string;
  en: string;
}

/** The frozen-once-answered part of a battery. A change after the first answer makes version n+1. */
export interface InstrumentView {
  id: string;
  version: number;
  /** True once any rater saved an answer against this version. */
  frozen: boolean;
  subCompetencyIds: string[];
  part1Codes: string[];
  part2Items: InstrumentItem[];
}

export interface BatteryView {
  id: string;
  name: string;
  programme: string;
  periodStart: string;
  deadline: string;
  /** The instant links stop working: the end of the deadline day in WIB (ISO-8601). */
  closesAt: string;
  target: Target;
  status: BatteryStatus;
  scoring: ScoringSettingsDto;
  reminderDays: number[];
  instrument: InstrumentView;
  counts: { participants: number; invited: number; completed: number };
  createdAt: string;
  updatedAt: string;
}

export type BatterySummary = Omit<BatteryView, 'instrument' | 'scoring'> & { instrumentVersion: number };
