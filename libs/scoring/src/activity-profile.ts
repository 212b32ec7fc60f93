/**
 * PROFIL AKTIVITAS KERJA (seed 000 G.2.f, Gambar 23; Pengantar Kerja only): how many of the ticked
 * Part 1 activities belong to each level, and whether at least 75% are at the participant's own level.
 */
import { RATER_ROLES, type Language, type RaterRole } from '@evkin/contracts';
import { presentPercent } from './bands.js';
import { ScoringInputError } from './errors.js';
import {
  ACTIVITY_PROFILE_LABELS,
  JENJANG,
  JENJANG_LABELS,
  WORK_CONDITION_LABELS,
  idealFindingText,
  idealRuleText,
  type Jenjang,
  type WorkCondition,
} from './labels.js';
import { type ActivityProfileMode } from './settings.js';

/** Kondisi Kerja Ideal: at least 3 of every 4 ticked activities at the own level (≥ 75%). */
export const IDEAL_SHARE = { numerator: 3, denominator: 4 } as const;

/** In `majority` mode an activity counts when at least this many raters ticked it. */
export const MAJORITY_MIN_RATERS = 2;

export interface ActivityProfileRow {
  readonly jenjang: Jenjang;
  readonly count: number;
  /** Share of all counted activities, 0–100, unrounded (0 when nothing was ticked). */
  readonly percent: number;
}

export interface ActivityProfile {
  readonly mode: ActivityProfileMode;
  /** The participant's own level. */
  readonly jenjang: Jenjang;
  /** The activity codes counted (self ticks, or those ticked by at least 2 raters), sorted. */
  readonly countedActivities: readonly string[];
  readonly total: number;
  /** One row per level, Ahli Pertama first. */
  readonly rows: readonly ActivityProfileRow[];
  readonly ownLevelCount: number;
  readonly ownLevelPercent: number;
  readonly condition: WorkCondition;
  /** Nothing counted: the condition is "kurang ideal" and the report says why. */
  readonly noActivities: boolean;
}

export interface ActivityProfileInput {
  readonly jenjang: Jenjang;
  readonly mode: ActivityProfileMode;
  /** Part 1 activity codes ticked, by rater role. A missing role ticked nothing. */
  readonly ticks: Partial<Readonly<Record<RaterRole, readonly string[]>>>;
  /** Activity code → level, from the activity catalogue (activities.json, 80 codes). */
  readonly activityLevels: Readonly<Record<string, Jenjang>>;
}

function levelOf(code: string, activityLevels: Readonly<Record<string, Jenjang>>, role: RaterRole): Jenjang {
  const level = Object.hasOwn(activityLevels, code) ? activityLevels[code] : undefined;
  if (level === undefined || !(JENJANG as readonly string[]).includes(level)) {
    throw new ScoringInputError(`Part 1 tick "${code}" by role ${role} is not an activity code of the catalogue.`);
  }
  return level;
}

function countedCodes(input: ActivityProfileInput): string[] {
  const roles: readonly RaterRole[] = input.mode === 'self' ? ['self'] : RATER_ROLES;
  const raters = new Map<string, number>();
  for (const role of roles) {
    for (const code of new Set(input.ticks[role] ?? [])) {
      levelOf(code, input.activityLevels, role);
      raters.set(code, (raters.get(code) ?? 0) + 1);
    }
  }
  const threshold = input.mode === 'self' ? 1 : MAJORITY_MIN_RATERS;
  return [...raters].filter(([, n]) => n >= threshold).map(([code]) => code);
}

export function buildActivityProfile(input: ActivityProfileInput): ActivityProfile {
  const counted = countedCodes(input).sort();
  const counts = new Map<Jenjang, number>(JENJANG.map((j) => [j, 0]));
  for (const code of counted) {
    const level = input.activityLevels[code] as Jenjang;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const total = counted.length;
  const rows = JENJANG.map((jenjang) => {
    const count = counts.get(jenjang) ?? 0;
    return { jenjang, count, percent: total === 0 ? 0 : (count / total) * 100 };
  });
  const ownLevelCount = counts.get(input.jenjang) ?? 0;
  // Whole numbers only: own / total ≥ 3/4  ⇔  4 × own ≥ 3 × total, with no rounding involved.
  const ideal = total > 0 && ownLevelCount * IDEAL_SHARE.denominator >= total * IDEAL_SHARE.numerator;
  return {
    mode: input.mode,
    jenjang: input.jenjang,
    countedActivities: counted,
    total,
    rows,
    ownLevelCount,
    ownLevelPercent: total === 0 ? 0 : (ownLevelCount / total) * 100,
    condition: ideal ? 'ideal' : 'less_than_ideal',
    noActivities: total === 0,
  };
}

/** The activity profile as the report prints it, in one language. */
export interface PresentedActivityProfile {
  readonly title: string;
  readonly columns: readonly [level: string, count: string, percent: string];
  readonly rows: readonly { jenjang: Jenjang; level: string; count: string; percent: string }[];
  readonly condition: WorkCondition;
  /** Both boxes of the legend, with the one that applies checked. */
  readonly legend: readonly { condition: WorkCondition; label: string; checked: boolean }[];
  /** The 75% rule for the participant's own level. */
  readonly rule: string;
  /** This participant's own figure, or why there is none. */
  readonly finding: string;
}

export function presentActivityProfile(profile: ActivityProfile, language: Language): PresentedActivityProfile {
  const headings = ACTIVITY_PROFILE_LABELS[language];
  const shownPercent = (row: ActivityProfileRow): number =>
    row.jenjang === profile.jenjang && profile.condition === 'less_than_ideal'
      ? presentPercent(row.percent, (100 * IDEAL_SHARE.numerator) / IDEAL_SHARE.denominator)
      : presentPercent(row.percent);
  const own = profile.rows.find((r) => r.jenjang === profile.jenjang);
  return {
    title: headings.title,
    columns: [headings.level, headings.count, headings.percent],
    rows: profile.rows.map((row) => ({
      jenjang: row.jenjang,
      level: JENJANG_LABELS[language][row.jenjang],
      count: `${row.count} ${headings.activities}`,
      percent: `${shownPercent(row)}%`,
    })),
    condition: profile.condition,
    legend: (['ideal', 'less_than_ideal'] as const).map((condition) => ({
      condition,
      label: WORK_CONDITION_LABELS[language][condition],
      checked: condition === profile.condition,
    })),
    rule: idealRuleText(language, profile.jenjang),
    finding: idealFindingText(
      language,
      profile.jenjang,
      profile.ownLevelCount,
      profile.total,
      own === undefined ? 0 : shownPercent(own),
    ),
  };
}
