import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  RATER_ROLES,
  RESULT_CATEGORIES,
  TARGETS,
  type AdminActor,
  type AnalyticsGap,
  type BatteryAnalytics,
  type CategoryDistribution,
  type RaterRole,
  type ResultCategory,
  type ResultFilter,
  type RoleResponseRate,
  type Target,
} from '@evkin/contracts';
import { assertUuid, checkFilter, participantWhere } from '../query/participant-filter.js';
import { round1 } from '../results/present-result.js';

const emptyCounts = (): Record<ResultCategory, number> =>
  Object.fromEntries(RESULT_CATEGORIES.map((c) => [c, 0])) as Record<ResultCategory, number>;

const share = (part: number, whole: number): number | null => (whole === 0 ? null : round1((part / whole) * 100));

/**
 * Aggregates of one battery, computed in PostgreSQL so a national campaign's thousands of
 * participants never travel to this process. Filters narrow by the participant's province, unit
 * and level. The self-vs-others gap is for admins only (DESIGN §2 confidentiality).
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly dataSource: DataSource) {}

  async analytics(
    actor: AdminActor,
    batteryId: string,
    rawFilter: ResultFilter | undefined,
  ): Promise<BatteryAnalytics> {
    assertUuid('batteryId', batteryId);
    const filter = checkFilter(rawFilter);
    const [participants, responseRates, categories, conclusions, workCondition, gaps, options] = await Promise.all([
      this.participants(batteryId, filter),
      this.responseRates(batteryId, filter),
      this.categories(batteryId, filter),
      this.conclusions(batteryId, filter),
      this.workCondition(batteryId, filter),
      actor.role === 'admin' ? this.gaps(batteryId, filter) : Promise.resolve(null),
      this.options(batteryId),
    ]);
    return {
      batteryId,
      filter,
      participants,
      responseRates,
      categories,
      conclusions,
      workCondition,
      selfVsOthersGap: gaps,
      options,
    };
  }

  private async participants(batteryId: string, filter: ResultFilter): Promise<BatteryAnalytics['participants']> {
    const params: unknown[] = [];
    const [row] = await this.dataSource.query<[{ total: number; completed: number }]>(
      `SELECT count(*)::int AS total, count(p.completed_at)::int AS completed
       FROM reporting.participant p WHERE ${participantWhere(batteryId, filter, params)}`,
      params,
    );
    return row;
  }

  private async responseRates(batteryId: string, filter: ResultFilter): Promise<RoleResponseRate[]> {
    const params: unknown[] = [];
    const rows: { role: RaterRole; invited: number; submitted: number; cancelled: number }[] =
      await this.dataSource.query(
        `SELECT a.role,
           count(*) FILTER (WHERE a.status <> 'cancelled')::int AS invited,
           count(*) FILTER (WHERE a.status = 'submitted')::int AS submitted,
           count(*) FILTER (WHERE a.status = 'cancelled')::int AS cancelled
         FROM reporting.assignment a JOIN reporting.participant p ON p.id = a.participant_id
         WHERE ${participantWhere(batteryId, filter, params)} GROUP BY a.role`,
        params,
      );
    return RATER_ROLES.map((role) => {
      const row = rows.find((r) => r.role === role) ?? { invited: 0, submitted: 0, cancelled: 0 };
      return {
        role,
        invited: row.invited,
        submitted: row.submitted,
        cancelled: row.cancelled,
        rate: share(row.submitted, row.invited),
      };
    });
  }

  private async categories(batteryId: string, filter: ResultFilter): Promise<CategoryDistribution[]> {
    const params: unknown[] = [];
    const rows: { sub_competency_id: string; category: ResultCategory | null; n: number }[] =
      await this.dataSource.query(
        `SELECT e->>'subCompetencyId' AS sub_competency_id, e->>'category' AS category, count(*)::int AS n
         FROM reporting.result r JOIN reporting.participant p ON p.id = r.participant_id
           CROSS JOIN LATERAL jsonb_array_elements(r.outcome->'subCompetencies') e
         WHERE ${participantWhere(batteryId, filter, params)} AND e->>'status' <> 'not_assessed'
         GROUP BY 1, 2`,
        params,
      );
    const bySubCompetency = new Map<string, CategoryDistribution>();
    for (const row of rows) {
      const entry = bySubCompetency.get(row.sub_competency_id) ?? {
        subCompetencyId: row.sub_competency_id,
        scored: 0,
        counts: emptyCounts(),
      };
      // A sub-competency of the battery that nobody answered has no category: it counts as not scored.
      if (row.category !== null) {
        entry.counts[row.category] += row.n;
        entry.scored += row.n;
      }
      bySubCompetency.set(row.sub_competency_id, entry);
    }
    return [...bySubCompetency.values()].sort((a, b) => a.subCompetencyId.localeCompare(b.subCompetencyId));
  }

  private async conclusions(batteryId: string, filter: ResultFilter): Promise<BatteryAnalytics['conclusions']> {
    const params: unknown[] = [];
    const rows: { category: ResultCategory; n: number }[] = await this.dataSource.query(
      `SELECT r.conclusion_category AS category, count(*)::int AS n
       FROM reporting.result r JOIN reporting.participant p ON p.id = r.participant_id
       WHERE ${participantWhere(batteryId, filter, params)} AND r.conclusion_category IS NOT NULL
       GROUP BY 1`,
      params,
    );
    const counts = emptyCounts();
    for (const row of rows) counts[row.category] = row.n;
    return { total: rows.reduce((sum, row) => sum + row.n, 0), counts };
  }

  private async workCondition(batteryId: string, filter: ResultFilter): Promise<BatteryAnalytics['workCondition']> {
    const params: unknown[] = [];
    const [row] = await this.dataSource.query<[{ profiled: number; ideal: number }]>(
      `SELECT count(r.work_condition)::int AS profiled,
         count(*) FILTER (WHERE r.work_condition = 'ideal')::int AS ideal
       FROM reporting.result r JOIN reporting.participant p ON p.id = r.participant_id
       WHERE ${participantWhere(batteryId, filter, params)}`,
      params,
    );
    return { profiled: row.profiled, ideal: row.ideal, share: share(row.ideal, row.profiled) };
  }

  private async gaps(batteryId: string, filter: ResultFilter): Promise<AnalyticsGap[]> {
    const params: unknown[] = [];
    // The stored gaps are unrounded, so the mean is exact; only the answer is rounded.
    const rows: { sub_competency_id: string; participants: number; mean_gap: number | null }[] =
      await this.dataSource.query(
        `SELECT e->>'subCompetencyId' AS sub_competency_id,
           count(*) FILTER (WHERE jsonb_typeof(e->'selfVsOthersGap') = 'number')::int AS participants,
           avg((e->>'selfVsOthersGap')::float8) AS mean_gap
         FROM reporting.result r JOIN reporting.participant p ON p.id = r.participant_id
           CROSS JOIN LATERAL jsonb_array_elements(r.breakdown->'subCompetencies') e
         WHERE ${participantWhere(batteryId, filter, params)}
         GROUP BY 1 ORDER BY 1`,
        params,
      );
    return rows.map((row) => ({
      subCompetencyId: row.sub_competency_id,
      participants: row.participants,
      meanGap: row.mean_gap === null ? null : round1(Number(row.mean_gap)),
    }));
  }

  private async options(batteryId: string): Promise<BatteryAnalytics['options']> {
    const rows: { provinces: string[] | null; units: string[] | null; targets: Target[] | null }[] =
      await this.dataSource.query(
        `SELECT array_agg(DISTINCT province ORDER BY province) AS provinces,
           array_agg(DISTINCT unit ORDER BY unit) AS units,
           array_agg(DISTINCT target) AS targets
         FROM reporting.participant WHERE battery_id = $1`,
        [batteryId],
      );
    const row = rows[0];
    const targets = new Set(row?.targets ?? []);
    return {
      provinces: row?.provinces ?? [],
      units: row?.units ?? [],
      targets: TARGETS.filter((t) => targets.has(t)),
    };
  }
}
