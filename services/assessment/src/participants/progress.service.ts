import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  RATER_ROLES,
  type BatteryProgress,
  type GroupProgress,
  type RaterRole,
  type RoleProgress,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { loadBattery } from '../evaluation/battery-context.js';

/** Raters still open this close to the deadline are overdue: the first of the default reminder days. */
export const OVERDUE_WINDOW_DAYS = 7;

interface CountRow {
  /** 0: the whole battery, 1: a province, 2: a unit. */
  level: number;
  name: string | null;
  role: RaterRole;
  participants: number;
  completed: number;
  invited: number;
  started: number;
  done: number;
  missing: number;
}

/**
 * Each participant's four roles, each by its current rater: the live assignment, else the latest
 * cancelled one (counted as neither invited nor missing), else nobody (Belum Ada) — as role-state.ts
 * shows them one by one.
 */
const ROLE_GRID = `
  WITH role_rater AS (
    SELECT DISTINCT ON (a.participant_id, a.role) a.participant_id, a.role, a.status
      FROM assignment a JOIN participant p ON p.id = a.participant_id
     WHERE p.battery_id = $1
     ORDER BY a.participant_id, a.role, a.status = 'cancelled', a.created_at DESC
  )
  SELECT p.id, p.province, p.unit, p.completed_at, r.role, coalesce(c.status, 'none') AS status
    FROM participant p
   CROSS JOIN unnest($2::text[]) AS r (role)
    LEFT JOIN role_rater c ON c.participant_id = p.id AND c.role = r.role
   WHERE p.battery_id = $1`;

/** The dashboard's counts, computed in PostgreSQL so a national battery is never paged through. */
@Injectable()
export class ProgressService {
  constructor(private readonly dataSource: DataSource) {}

  async of(batteryId: string, now = new Date()): Promise<BatteryProgress> {
    const manager = this.dataSource.manager;
    const battery = await loadBattery(manager, batteryId);
    if (battery === null) throw new DomainError('not_found');
    const rows: CountRow[] = await manager.query(
      `WITH grid AS (${ROLE_GRID})
       SELECT CASE WHEN GROUPING(province) = 0 THEN 1 WHEN GROUPING(unit) = 0 THEN 2 ELSE 0 END AS level,
              coalesce(province, unit) AS name, role,
              count(*)::int AS participants,
              count(completed_at)::int AS completed,
              count(*) FILTER (WHERE status NOT IN ('none', 'cancelled'))::int AS invited,
              count(*) FILTER (WHERE status = 'in_progress')::int AS started,
              count(*) FILTER (WHERE status = 'submitted')::int AS done,
              count(*) FILTER (WHERE status = 'none')::int AS missing
         FROM grid
        GROUP BY GROUPING SETS ((role), (province, role), (unit, role))`,
      [batteryId, RATER_ROLES],
    );
    const [totals] = await manager.query<[{ participants: number; invited: number; completed: number }]>(
      `SELECT count(*)::int AS participants, count(invited_at)::int AS invited, count(completed_at)::int AS completed
         FROM participant WHERE battery_id = $1`,
      [batteryId],
    );
    const overdueFrom = battery.closesAt.getTime() - OVERDUE_WINDOW_DAYS * 86_400_000;
    const [attention] = await manager.query<[{ failed: number; not_me: number; open: number }]>(
      `WITH grid AS (${ROLE_GRID})
       SELECT (SELECT count(*)::int FROM assignment a JOIN participant p ON p.id = a.participant_id
                WHERE p.battery_id = $1 AND a.status <> 'cancelled' AND a.email_status = 'failed') AS failed,
              (SELECT count(*)::int FROM assignment a JOIN participant p ON p.id = a.participant_id
                WHERE p.battery_id = $1 AND a.status <> 'cancelled' AND a.not_me_at IS NOT NULL) AS not_me,
              (SELECT count(*)::int FROM grid JOIN participant p ON p.id = grid.id
                WHERE p.invited_at IS NOT NULL AND grid.status IN ('none', 'pending', 'in_progress')) AS open`,
      [batteryId, RATER_ROLES],
    );
    return {
      batteryId,
      ...totals,
      roles: rolesOf(rows.filter((r) => r.level === 0)),
      provinces: groupsOf(rows.filter((r) => r.level === 1)),
      units: groupsOf(rows.filter((r) => r.level === 2)),
      attention: {
        failedEmails: attention.failed,
        notMe: attention.not_me,
        overdue: now.getTime() >= overdueFrom ? attention.open : 0,
        overdueWindowDays: OVERDUE_WINDOW_DAYS,
      },
    };
  }
}

function rolesOf(rows: readonly CountRow[]): RoleProgress[] {
  return RATER_ROLES.map((role) => {
    const row = rows.find((r) => r.role === role);
    return {
      role,
      invited: row?.invited ?? 0,
      started: row?.started ?? 0,
      done: row?.done ?? 0,
      missing: row?.missing ?? 0,
    };
  });
}

function groupsOf(rows: readonly CountRow[]): GroupProgress[] {
  const names = [...new Set(rows.map((r) => r.name ?? ''))];
  return names
    .map((name) => {
      const ofGroup = rows.filter((r) => (r.name ?? '') === name);
      return {
        name,
        participants: ofGroup[0]?.participants ?? 0,
        completed: ofGroup[0]?.completed ?? 0,
        roles: rolesOf(ofGroup),
      };
    })
    .sort((a, b) => share(a) - share(b) || a.name.localeCompare(b.name));
}

const share = (group: GroupProgress) => (group.participants === 0 ? 0 : group.completed / group.participants);
