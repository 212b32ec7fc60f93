import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type {
  AdminActor,
  IssuedLink,
  MismatchReport,
  Page,
  ParticipantQuery,
  ParticipantSummary,
  RaterInput,
  RaterRole,
  RoleState,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { isOpen } from '../evaluation/battery-context.js';
import { participantById } from '../evaluation/evaluation-context.js';
import { RaterAssignments } from '../invitations/rater-assignments.js';
import { monitoringLink, raterLink } from '../links/link-token.js';
import { issueAssignmentLink, issueMonitoringLink } from '../links/links.js';
import { Assignment } from './assignment.entity.js';
import { Participant } from './participant.entity.js';
import { currentOf, roleState, roleStates } from './role-state.js';

const MAX_PAGE_SIZE = 500;

/** The admin side of the participant dataset: list, detail, rater changes, helpdesk links, Bukan Saya reports. */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raters: RaterAssignments,
    private readonly audit: AuditService,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  async list(query: ParticipantQuery): Promise<Page<ParticipantSummary>> {
    const page = Math.max(1, Math.trunc(query.page ?? 1));
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(query.pageSize ?? 50)));
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.batteryId !== undefined) add('p.battery_id = ?', query.batteryId);
    if (query.province !== undefined) add('p.province = ?', query.province);
    if (query.unit !== undefined) add('p.unit = ?', query.unit);
    if (query.target !== undefined) add('p.target = ?', query.target);
    if (query.q !== undefined && query.q.trim() !== '') {
      add('(p.name ILIKE ? OR p.email ILIKE ? OR p.nip ILIKE ?)', `%${query.q.trim()}%`);
    }
    if (query.notMe === true) {
      where.push(
        `EXISTS (SELECT 1 FROM assignment a WHERE a.participant_id = p.id AND a.not_me_at IS NOT NULL AND a.status <> 'cancelled')`,
      );
    }
    if (query.emailFailed === true) {
      where.push(
        `EXISTS (SELECT 1 FROM assignment a WHERE a.participant_id = p.id AND a.email_status = 'failed' AND a.status <> 'cancelled')`,
      );
    }
    if (query.incomplete === true) where.push('p.invited_at IS NOT NULL AND p.completed_at IS NULL');
    if (query.roleStatus === 'none') {
      where.push(`(SELECT count(*) FROM assignment a WHERE a.participant_id = p.id AND a.status <> 'cancelled') < 4`);
    } else if (query.roleStatus !== undefined) {
      add(`EXISTS (SELECT 1 FROM assignment a WHERE a.participant_id = p.id AND a.status = ?)`, query.roleStatus);
    }
    const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
    const manager = this.dataSource.manager;
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM participant p ${clause}`,
      params,
    );
    const ids: { id: string }[] = await manager.query(
      `SELECT p.id FROM participant p ${clause} ORDER BY p.name, p.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return { total, page, pageSize, items: await this.summaries(ids.map((r) => r.id)) };
  }

  async get(id: string): Promise<ParticipantSummary> {
    const [summary] = await this.summaries([id]);
    if (summary === undefined) throw new DomainError('not_found');
    return summary;
  }

  async mismatches(batteryId: string | undefined): Promise<MismatchReport[]> {
    const rows: {
      assignment_id: string;
      participant_id: string;
      participant_name: string;
      battery_id: string;
      role: RaterRole;
      rater_name: string;
      rater_email: string;
      not_me_at: Date;
      not_me_note: string | null;
    }[] = await this.dataSource.manager.query(
      `SELECT a.id AS assignment_id, p.id AS participant_id, p.name AS participant_name, p.battery_id, a.role,
              a.rater_name, a.rater_email, a.not_me_at, a.not_me_note
         FROM assignment a JOIN participant p ON p.id = a.participant_id
        WHERE a.not_me_at IS NOT NULL AND a.status <> 'cancelled' AND ($1::uuid IS NULL OR p.battery_id = $1)
        ORDER BY a.not_me_at DESC`,
      [batteryId ?? null],
    );
    return rows.map((r) => ({
      assignmentId: r.assignment_id,
      participantId: r.participant_id,
      participantName: r.participant_name,
      batteryId: r.battery_id,
      role: r.role,
      rater: { name: r.rater_name, email: r.rater_email },
      at: new Date(r.not_me_at).toISOString(),
      note: r.not_me_note,
    }));
  }

  async resend(actor: AdminActor, participantId: string, role: RaterRole): Promise<RoleState> {
    this.audit.assertAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const context = await participantById(manager, participantId, { lock: true });
      const assignment = await this.raters.resend(manager, context, role);
      await this.audit.record(manager, actor, {
        action: 'rater.resend',
        subject: { type: 'assignment', id: assignment.id },
        details: { participantId, role },
      });
      return roleState(role, assignment);
    });
  }

  async saveRater(actor: AdminActor, participantId: string, role: RaterRole, rater: RaterInput): Promise<RoleState> {
    this.audit.assertAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const context = await participantById(manager, participantId, { lock: true });
      const assignment = await this.raters.assign(manager, context, role, rater);
      await this.audit.record(manager, actor, {
        action: 'rater.save',
        subject: { type: 'assignment', id: assignment.id },
        details: { participantId, role, email: assignment.raterEmail },
      });
      return roleState(role, assignment);
    });
  }

  /** Helpdesk: a fresh link shown once to the admin; earlier links keep working. */
  async issueLink(
    actor: AdminActor,
    participantId: string,
    kind: 'start' | 'monitoring',
    role: RaterRole | undefined,
  ): Promise<IssuedLink> {
    this.audit.assertAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const context = await participantById(manager, participantId);
      if (!isOpen(context.battery) && kind === 'start') throw new DomainError('battery_closed');
      let issued: IssuedLink;
      if (kind === 'monitoring') {
        const token = await issueMonitoringLink(manager, participantId, 'helpdesk');
        issued = {
          assignmentId: null,
          kind,
          url: monitoringLink(this.env.PUBLIC_URL, token),
          expiresAt: context.battery.closesAt.toISOString(),
        };
      } else {
        const assignments = await manager.find(Assignment, { where: { participantId } });
        const assignment = currentOf(assignments, role ?? 'self');
        if (assignment === null || assignment.status === 'cancelled') throw new DomainError('not_found');
        const token = await issueAssignmentLink(manager, assignment.id, 'helpdesk');
        issued = {
          assignmentId: assignment.id,
          kind,
          url: raterLink(this.env.PUBLIC_URL, token),
          expiresAt: context.battery.closesAt.toISOString(),
        };
      }
      // The URL itself is a credential: the audit log records that one was issued, never the link.
      await this.audit.record(manager, actor, {
        action: 'link.issue',
        subject: { type: 'participant', id: participantId },
        details: { kind, role: role ?? null, assignmentId: issued.assignmentId },
      });
      return issued;
    });
  }

  private async summaries(ids: string[]): Promise<ParticipantSummary[]> {
    if (ids.length === 0) return [];
    const manager = this.dataSource.manager;
    const participants = await manager.find(Participant, { where: { id: In(ids) } });
    const assignments = await manager.find(Assignment, { where: { participantId: In(ids) } });
    const byId = new Map(participants.map((p) => [p.id, p]));
    return ids
      .map((id) => byId.get(id))
      .filter((p): p is Participant => p !== undefined)
      .map((p) => ({
        id: p.id,
        batteryId: p.batteryId,
        name: p.name,
        nip: p.nip,
        email: p.email,
        target: p.target,
        unit: p.unit,
        province: p.province,
        regency: p.regency,
        language: p.language,
        invitedAt: p.invitedAt?.toISOString() ?? null,
        completedAt: p.completedAt?.toISOString() ?? null,
        roles: roleStates(assignments.filter((a) => a.participantId === p.id)),
      }));
  }
}
