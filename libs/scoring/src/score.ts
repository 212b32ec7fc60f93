/**
 * Scoring of one participant (DESIGN §2): sub-competency categories, the conclusion and the
 * activity profile for the participant's report, and a separate admin-only breakdown by role.
 *
 * Confidentiality: each participant has one supervisor, one peer and one service user, so a score
 * per role would identify its rater. `ParticipantResult` therefore holds combined results only;
 * per-role scores and the self-vs-others gap live in `AdminBreakdown`, which must never reach
 * the participant or their report.
 */
import { RATER_ROLES, type RaterRole } from '@evkin/contracts';
import { buildActivityProfile, type ActivityProfile } from './activity-profile.js';
import { categorise, indexFromMean } from './bands.js';
import { ScoringInputError } from './errors.js';
import { JENJANG, type Category, type Jenjang, type Target } from './labels.js';
import { assertValidScoringSettings, type ScoringSettings } from './settings.js';

/** The 15 sub-competencies of seed 000 Tabel 1, in report order. */
export const SUB_COMPETENCY_IDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

/** A Part 2 statement of the battery and the sub-competency it measures. */
export interface Part2Item {
  readonly id: string;
  readonly subCompetencyId: number;
}

/** What one rater submitted. */
export interface RaterResponse {
  /** Part 2: item id → 4 Sangat sesuai, 3 Sesuai, 2 Tidak sesuai, 1 Sangat tidak sesuai. Skipped items are absent. */
  readonly part2: Readonly<Record<string, number>>;
  /** Part 1: activity codes ticked (Pengantar Kerja, e.g. "008") or task ids (Petugas, e.g. "a.1"). */
  readonly part1: readonly string[];
}

export interface ScoringInput {
  /** The battery's settings (see resolveScoringSettings); invalid settings throw. */
  readonly settings: ScoringSettings;
  /** The participant: a Pengantar Kerja level, or `petugas` for a Petugas Antar Kerja. */
  readonly target: Target;
  /** Every sub-competency the report lists, in order. Defaults to the 15 of Tabel 1. */
  readonly subCompetencyIds?: readonly number[];
  /** The sub-competencies this battery assesses; the others are reported "not assessed". */
  readonly assessedSubCompetencyIds: readonly number[];
  /** The battery's Part 2 items. */
  readonly items: readonly Part2Item[];
  /** Submitted responses by role. A role without a response simply does not count. */
  readonly responses: Partial<Readonly<Record<RaterRole, RaterResponse>>>;
  /** Activity code → level (activities.json). Only read for a Pengantar Kerja. */
  readonly activityLevels: Readonly<Record<string, Jenjang>>;
}

// ---- what the participant and their report may see: combined results only ----

export interface ScoredSubCompetency {
  readonly subCompetencyId: number;
  readonly status: 'scored';
  /** Weighted mean of the raters' means, on the 1–4 scale, unrounded. */
  readonly mean: number;
  /** (mean − 1) / 3 × 100, unrounded; display with presentIndex. */
  readonly index: number;
  readonly category: Category;
}

/** Outside the battery: "Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja", category "-". */
export interface NotAssessedSubCompetency {
  readonly subCompetencyId: number;
  readonly status: 'not_assessed';
}

/** In the battery, but no rater with a weight above 0 answered any of its items (shown like "not assessed"). */
export interface UnansweredSubCompetency {
  readonly subCompetencyId: number;
  readonly status: 'no_answers';
}

export type SubCompetencyResult = ScoredSubCompetency | NotAssessedSubCompetency | UnansweredSubCompetency;

/** KESIMPULAN: the mean index of the scored sub-competencies, with the same bands. */
export interface Conclusion {
  readonly index: number;
  readonly category: Category;
  /** How many sub-competency indices were averaged. */
  readonly scoredCount: number;
}

export interface ParticipantResult {
  readonly target: Target;
  /** One entry per sub-competency of the report, in report order. */
  readonly subCompetencies: readonly SubCompetencyResult[];
  /** Null only when no sub-competency could be scored. */
  readonly conclusion: Conclusion | null;
  /** Pengantar Kerja only; null for a Petugas Antar Kerja. */
  readonly activityProfile: ActivityProfile | null;
}

// ---- admin only (DESIGN §2 confidentiality): never give this to the participant ----

export interface RoleScore {
  /** Mean of this rater's answers to the sub-competency's items (1–4). */
  readonly mean: number;
  readonly index: number;
  readonly answeredItems: number;
}

export interface AdminSubCompetencyBreakdown {
  readonly subCompetencyId: number;
  /** Null for a role that answered none of the items. */
  readonly byRole: Readonly<Record<RaterRole, RoleScore | null>>;
  /** The weights actually applied, after renormalising over the roles that answered (0 for the others). */
  readonly weightsUsed: Readonly<Record<RaterRole, number>>;
  /** Weighted index of supervisor, peer and service user (weights renormalised over those three). */
  readonly othersIndex: number | null;
  /** Self index minus othersIndex: positive when the participant rates themself higher than others do. */
  readonly selfVsOthersGap: number | null;
}

export interface AdminBreakdown {
  /** One entry per assessed sub-competency, in report order. */
  readonly subCompetencies: readonly AdminSubCompetencyBreakdown[];
  readonly overall: {
    /** Mean of the role's index over the scored sub-competencies it answered. */
    readonly byRole: Readonly<Record<RaterRole, number | null>>;
    /** Mean of the per-sub-competency gaps where both sides exist. */
    readonly selfVsOthersGap: number | null;
  };
}

export interface ScoringResult {
  /** Safe for the participant, the monitoring page and the report. */
  readonly participant: ParticipantResult;
  /** For admins only. */
  readonly admin: AdminBreakdown;
}

const OTHER_ROLES: readonly RaterRole[] = RATER_ROLES.filter((r) => r !== 'self');

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function byRole<T>(value: (role: RaterRole) => T): Record<RaterRole, T> {
  return {
    self: value('self'),
    supervisor: value('supervisor'),
    peer: value('peer'),
    service_user: value('service_user'),
  };
}

/**
 * Weighted mean of the values present, with the weights of the roles that have a value rescaled to
 * add up to 1 (a role without a value drops out). Null when the present roles' weights add up to 0.
 */
export function weightedMean(
  values: Partial<Readonly<Record<RaterRole, number>>>,
  weights: Readonly<Record<RaterRole, number>>,
): { mean: number; weightsUsed: Record<RaterRole, number> } | null {
  let weightTotal = 0;
  let sum = 0;
  for (const role of RATER_ROLES) {
    const value = values[role];
    if (value === undefined) continue;
    weightTotal += weights[role];
    sum += weights[role] * value;
  }
  if (!(weightTotal > 0)) return null;
  return {
    mean: sum / weightTotal,
    weightsUsed: byRole((role) => (values[role] === undefined ? 0 : weights[role] / weightTotal)),
  };
}

function checkInput(input: ScoringInput, reportIds: readonly number[]): void {
  const target: unknown = input.target;
  if (target !== 'petugas' && !(JENJANG as readonly unknown[]).includes(target)) {
    throw new ScoringInputError(`Unknown target "${String(target)}".`);
  }
  const assessed = new Set(input.assessedSubCompetencyIds);
  for (const id of assessed) {
    if (!reportIds.includes(id)) throw new ScoringInputError(`Assessed sub-competency ${id} is not in the report.`);
  }
  const itemIds = new Set<string>();
  for (const item of input.items) {
    if (itemIds.has(item.id)) throw new ScoringInputError(`Part 2 item "${item.id}" appears twice.`);
    itemIds.add(item.id);
    if (!assessed.has(item.subCompetencyId)) {
      throw new ScoringInputError(
        `Part 2 item "${item.id}" measures sub-competency ${item.subCompetencyId}, which the battery does not assess.`,
      );
    }
  }
  for (const role of RATER_ROLES) {
    for (const [itemId, value] of Object.entries(input.responses[role]?.part2 ?? {})) {
      if (!itemIds.has(itemId)) throw new ScoringInputError(`Role ${role} answered unknown item "${itemId}".`);
      if (value !== 1 && value !== 2 && value !== 3 && value !== 4) {
        throw new ScoringInputError(`Role ${role} answered item "${itemId}" with ${value}; answers are 1, 2, 3 or 4.`);
      }
    }
  }
}

interface SubCompetencyScore {
  readonly participant: SubCompetencyResult;
  readonly admin: AdminSubCompetencyBreakdown | null;
}

function scoreSubCompetency(
  subCompetencyId: number,
  itemIds: readonly string[],
  input: ScoringInput,
): SubCompetencyScore {
  const roleScores = byRole<RoleScore | null>((role) => {
    const answers = input.responses[role]?.part2 ?? {};
    const values = itemIds.filter((id) => Object.hasOwn(answers, id)).map((id) => answers[id] as number);
    const m = mean(values);
    return m === null ? null : { mean: m, index: indexFromMean(m), answeredItems: values.length };
  });
  const means: Partial<Record<RaterRole, number>> = {};
  for (const role of RATER_ROLES) {
    const score = roleScores[role];
    if (score !== null) means[role] = score.mean;
  }
  const { weights } = input.settings;
  const combined = weightedMean(means, weights);
  const others = weightedMean(Object.fromEntries(OTHER_ROLES.map((role) => [role, means[role]])), weights);
  const othersIndex = others === null ? null : indexFromMean(others.mean);
  const selfIndex = roleScores.self?.index ?? null;
  const admin: AdminSubCompetencyBreakdown = {
    subCompetencyId,
    byRole: roleScores,
    weightsUsed: combined?.weightsUsed ?? byRole(() => 0),
    othersIndex,
    selfVsOthersGap: selfIndex === null || othersIndex === null ? null : selfIndex - othersIndex,
  };
  if (combined === null) return { participant: { subCompetencyId, status: 'no_answers' }, admin };
  const index = indexFromMean(combined.mean);
  return {
    participant: {
      subCompetencyId,
      status: 'scored',
      mean: combined.mean,
      index,
      category: categorise(index, input.settings.bands),
    },
    admin,
  };
}

/** Scores one participant; throws InvalidScoringSettingsError or ScoringInputError on unusable input. */
export function scoreEvaluation(input: ScoringInput): ScoringResult {
  assertValidScoringSettings(input.settings);
  const reportIds = input.subCompetencyIds ?? SUB_COMPETENCY_IDS;
  checkInput(input, reportIds);
  const assessed = new Set(input.assessedSubCompetencyIds);

  const scores = reportIds.map((id): SubCompetencyScore => {
    if (!assessed.has(id)) return { participant: { subCompetencyId: id, status: 'not_assessed' }, admin: null };
    const itemIds = input.items.filter((item) => item.subCompetencyId === id).map((item) => item.id);
    return scoreSubCompetency(id, itemIds, input);
  });

  const subCompetencies = scores.map((s) => s.participant);
  const scored = subCompetencies.filter((s): s is ScoredSubCompetency => s.status === 'scored');
  const conclusionIndex = mean(scored.map((s) => s.index));
  const conclusion =
    conclusionIndex === null
      ? null
      : {
          index: conclusionIndex,
          category: categorise(conclusionIndex, input.settings.bands),
          scoredCount: scored.length,
        };

  const activityProfile =
    input.target === 'petugas'
      ? null
      : buildActivityProfile({
          jenjang: input.target,
          mode: input.settings.activityProfileMode,
          ticks: byRole((role) => input.responses[role]?.part1 ?? []),
          activityLevels: input.activityLevels,
        });

  const adminRows = scores.flatMap((s) => (s.admin === null ? [] : [s.admin]));
  const scoredIds = new Set(scored.map((s) => s.subCompetencyId));
  const scoredRows = adminRows.filter((row) => scoredIds.has(row.subCompetencyId));
  const admin: AdminBreakdown = {
    subCompetencies: adminRows,
    overall: {
      byRole: byRole((role) =>
        mean(scoredRows.flatMap((row) => (row.byRole[role] === null ? [] : [row.byRole[role].index]))),
      ),
      selfVsOthersGap: mean(scoredRows.flatMap((row) => (row.selfVsOthersGap === null ? [] : [row.selfVsOthersGap]))),
    },
  };

  return { participant: { target: input.target, subCompetencies, conclusion, activityProfile }, admin };
}
