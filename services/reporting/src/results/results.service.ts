import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  RATER_ROLES,
  type AdminActor,
  type AdminResultView,
  type ParticipantResultView,
  type RaterRole,
  type ResultPage,
  type ResultQuery,
  type ResultSummary,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { assertUuid, checkFilter, participantWhere } from '../query/participant-filter.js';
import {
  PARTICIPANT_RESULT_COLUMNS,
  PARTICIPANT_RESULT_FROM,
  resultParticipant,
  type AssignmentRow,
  type ParticipantResultRow,
} from '../query/rows.js';
import { presentBreakdown } from './present-result.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** A completed participant's row, with everything a result view or a report needs. */
export type CompletedRow = ParticipantResultRow & {
  completed_at: Date;
  instrument: NonNullable<ParticipantResultRow['instrument']>;
  outcome: NonNullable<ParticipantResultRow['outcome']>;
  breakdown: NonNullable<ParticipantResultRow['breakdown']>;
  scoring: NonNullable<ParticipantResultRow['scoring']>;
};

export function isCompleted(row: ParticipantResultRow): row is CompletedRow {
  return (
    row.completed_at !== null &&
    row.outcome !== null &&
    row.instrument !== null &&
    row.breakdown !== null &&
    row.scoring !== null
  );
}

export function combinedView(row: CompletedRow): ParticipantResultView {
  return {
    participant: resultParticipant(row),
    battery: { id: row.battery_id, name: row.battery_name, programme: row.programme },
    instrument: { id: row.instrument.id, version: row.instrument.version },
    completedAt: row.completed_at.toISOString(),
    subCompetencies: row.outcome.subCompetencies,
    conclusion: row.outcome.conclusion,
    activityProfile: row.outcome.activityProfile,
  };
}

const roleOrder = (role: RaterRole): number => RATER_ROLES.indexOf(role);

@Injectable()
export class ResultsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A completed participant; not_found when unknown, report_not_ready (409) until all four raters
   * have submitted and the result is computed.
   */
  async completedRow(participantId: string): Promise<CompletedRow> {
    assertUuid('participantId', participantId);
    const rows: ParticipantResultRow[] = await this.dataSource.query(
      `SELECT ${PARTICIPANT_RESULT_COLUMNS} FROM ${PARTICIPANT_RESULT_FROM} WHERE p.id = $1`,
      [participantId],
    );
    const row = rows[0];
    if (row === undefined) throw new DomainError('not_found');
    if (!isCompleted(row)) throw new DomainError('report_not_ready');
    return row;
  }

  /** Combined results only: what the participant and their report may see. */
  async participantView(participantId: string): Promise<ParticipantResultView> {
    return combinedView(await this.completedRow(participantId));
  }

  /** The admin view; the per-role breakdown identifies raters, so viewers do not get it. */
  async adminView(actor: AdminActor, participantId: string): Promise<AdminResultView> {
    const row = await this.completedRow(participantId);
    if (actor.role !== 'admin') return { ...combinedView(row), breakdown: null };
    const raters: AssignmentRow[] = await this.dataSource.query(
      `SELECT id, participant_id, role, status, rater_name, rater_email, submitted_at
       FROM reporting.assignment WHERE participant_id = $1 AND status = 'submitted'`,
      [participantId],
    );
    return {
      ...combinedView(row),
      breakdown: {
        ...presentBreakdown(row.breakdown),
        raters: raters
          .sort((a, b) => roleOrder(a.role) - roleOrder(b.role))
          .map((a) => ({
            role: a.role,
            name: a.rater_name ?? '',
            email: a.rater_email ?? '',
            submittedAt: a.submitted_at?.toISOString() ?? '',
          })),
      },
    };
  }

  async list(query: ResultQuery): Promise<ResultPage> {
    assertUuid('batteryId', query.batteryId);
    const filter = checkFilter(query);
    const page = positiveInt('page', query.page, 1, Number.MAX_SAFE_INTEGER);
    const pageSize = positiveInt('pageSize', query.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const params: unknown[] = [];
    const conditions = [participantWhere(query.batteryId, filter, params)];
    if (query.status !== undefined) {
      if (query.status !== 'completed' && query.status !== 'in_progress') {
        throw new DomainError('validation_failed', [{ field: 'status', code: 'isIn' }]);
      }
      conditions.push(query.status === 'completed' ? 'p.completed_at IS NOT NULL' : 'p.completed_at IS NULL');
    }
    if (query.q !== undefined && query.q.trim() !== '') {
      if (query.q.length > 200) throw new DomainError('validation_failed', [{ field: 'q', code: 'maxLength' }]);
      params.push(`%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(`(p.name ILIKE $${params.length} OR p.nip ILIKE $${params.length})`);
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM reporting.participant p WHERE ${where}`,
      params,
    );
    const rows: ParticipantResultRow[] = await this.dataSource.query(
      `SELECT ${PARTICIPANT_RESULT_COLUMNS} FROM ${PARTICIPANT_RESULT_FROM} WHERE ${where}
       ORDER BY p.name, p.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const submitted = await this.submittedRoles(rows.map((r) => r.id));
    return {
      total,
      page,
      pageSize,
      items: rows.map((row): ResultSummary => ({
        participant: resultParticipant(row),
        status: row.completed_at === null ? 'in_progress' : 'completed',
        submittedRoles: submitted.get(row.id) ?? [],
        completedAt: row.completed_at?.toISOString() ?? null,
        conclusion: row.outcome?.conclusion ?? null,
        condition: row.outcome?.activityProfile?.condition ?? null,
      })),
    };
  }

  private async submittedRoles(participantIds: string[]): Promise<Map<string, RaterRole[]>> {
    const roles = new Map<string, RaterRole[]>();
    if (participantIds.length === 0) return roles;
    const rows: { participant_id: string; role: RaterRole }[] = await this.dataSource.query(
      `SELECT participant_id, role FROM reporting.assignment
       WHERE participant_id = ANY($1::uuid[]) AND status = 'submitted'`,
      [participantIds],
    );
    for (const row of rows) roles.set(row.participant_id, [...(roles.get(row.participant_id) ?? []), row.role]);
    for (const list of roles.values()) list.sort((a, b) => roleOrder(a) - roleOrder(b));
    return roles;
  }
}

function positiveInt(field: string, value: unknown, fallback: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new DomainError('validation_failed', [{ field, code: 'isInt' }]);
  return n;
}
