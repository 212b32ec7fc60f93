import {
  RATER_ROLES,
  type ActivityProfileOutcome,
  type ConclusionOutcome,
  type RaterRole,
  type ResultBreakdown,
  type SubCompetencyOutcome,
} from '@evkin/contracts';
import {
  IDEAL_SHARE,
  presentIndex,
  presentPercent,
  type ActivityProfile,
  type ActivityProfileRow,
  type AdminBreakdown,
  type ParticipantResult,
  type ScoringSettings,
} from '@evkin/scoring';
import { subCompetencyCode } from './sub-competency-ids.js';

/** The combined result as stored and shown: indices and percentages as the report prints them. */
export interface ResultOutcome {
  subCompetencies: SubCompetencyOutcome[];
  conclusion: ConclusionOutcome | null;
  activityProfile: ActivityProfileOutcome | null;
}

/** The admin-only breakdown as stored: unrounded, so analytics average exact values. */
export type StoredBreakdown = Omit<ResultBreakdown, 'raters'>;

export function presentOutcome(result: ParticipantResult, bands: ScoringSettings['bands']): ResultOutcome {
  return {
    subCompetencies: result.subCompetencies.map((row): SubCompetencyOutcome => {
      const subCompetencyId = subCompetencyCode(row.subCompetencyId);
      return row.status === 'scored'
        ? { subCompetencyId, status: 'scored', index: presentIndex(row.index, bands), category: row.category }
        : { subCompetencyId, status: row.status, index: null, category: null };
    }),
    conclusion:
      result.conclusion === null
        ? null
        : {
            index: presentIndex(result.conclusion.index, bands),
            category: result.conclusion.category,
            scoredCount: result.conclusion.scoredCount,
          },
    activityProfile: result.activityProfile === null ? null : presentProfile(result.activityProfile),
  };
}

function presentProfile(profile: ActivityProfile): ActivityProfileOutcome {
  // As the report prints it: an own-level share under 75% is never shown as 75%.
  const shown = (row: ActivityProfileRow): number =>
    row.jenjang === profile.jenjang && profile.condition === 'less_than_ideal'
      ? presentPercent(row.percent, (100 * IDEAL_SHARE.numerator) / IDEAL_SHARE.denominator)
      : presentPercent(row.percent);
  const rows = profile.rows.map((row) => ({ jenjang: row.jenjang, count: row.count, percent: shown(row) }));
  return {
    mode: profile.mode,
    jenjang: profile.jenjang,
    total: profile.total,
    rows,
    ownLevelCount: profile.ownLevelCount,
    ownLevelPercent: rows.find((row) => row.jenjang === profile.jenjang)?.percent ?? 0,
    condition: profile.condition,
  };
}

export function storeBreakdown(admin: AdminBreakdown): StoredBreakdown {
  return {
    subCompetencies: admin.subCompetencies.map((row) => ({
      subCompetencyId: subCompetencyCode(row.subCompetencyId),
      byRole: byRole((role) => {
        const score = row.byRole[role];
        return score === null ? null : { index: score.index, answeredItems: score.answeredItems };
      }),
      othersIndex: row.othersIndex,
      selfVsOthersGap: row.selfVsOthersGap,
    })),
    overall: { byRole: { ...admin.overall.byRole }, selfVsOthersGap: admin.overall.selfVsOthersGap },
  };
}

/** One decimal for display; breakdown figures have no category, so plain rounding suffices. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

const round1OrNull = (value: number | null): number | null => (value === null ? null : round1(value));

export function presentBreakdown(stored: StoredBreakdown): StoredBreakdown {
  return {
    subCompetencies: stored.subCompetencies.map((row) => ({
      subCompetencyId: row.subCompetencyId,
      byRole: byRole((role) => {
        const score = row.byRole[role];
        return score === null ? null : { index: round1(score.index), answeredItems: score.answeredItems };
      }),
      othersIndex: round1OrNull(row.othersIndex),
      selfVsOthersGap: round1OrNull(row.selfVsOthersGap),
    })),
    overall: {
      byRole: byRole((role) => round1OrNull(stored.overall.byRole[role])),
      selfVsOthersGap: round1OrNull(stored.overall.selfVsOthersGap),
    },
  };
}

function byRole<T>(value: (role: RaterRole) => T): Record<RaterRole, T> {
  return Object.fromEntries(RATER_ROLES.map((role) => [role, value(role)])) as Record<RaterRole, T>;
}
