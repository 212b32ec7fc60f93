import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AnswerSet,
  FormView,
  LinkView,
  PortalSession,
  ProofView,
  RaterInput,
  RaterListRequest,
  SaveAnswersRequest,
  SaveResult,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { freezeInstrument, type InstrumentContext } from '../evaluation/battery-context.js';
import {
  assertUsable,
  assertWritable,
  assignmentByLink,
  assignmentBySession,
  instrumentOf,
  participantById,
  ratersNamed,
  type AssignmentContext,
  type ParticipantContext,
} from '../evaluation/evaluation-context.js';
import { RaterAssignments } from '../invitations/rater-assignments.js';
import { hashLinkToken, newLinkToken } from '../links/link-token.js';
import { Assignment } from '../participants/assignment.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { competenciesOf, part1Groups, part2Sections, progress, scale } from './form-view.js';

const VALID_ANSWERS = new Set([1, 2, 3, 4]);

/**
 * The rater's side of seed 000 G.2.c–d: the confirmation page (GET, no change), Mulai (a short
 * session), Bukan Saya, the form with autosave, the participant's rater list and the proof.
 */
@Injectable()
export class PortalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raters: RaterAssignments,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  async linkView(token: string): Promise<LinkView> {
    const context = await assignmentByLink(this.dataSource.manager, token);
    assertUsable(context);
    return toLinkView(context, await instrumentOf(this.dataSource.manager, context));
  }

  /** Mulai: the only way from a link to writing answers, so a mail scanner's GET never starts anything. */
  async startSession(token: string): Promise<PortalSession> {
    return this.dataSource.transaction(async (manager) => {
      const context = await assignmentByLink(manager, token, { lock: true });
      assertUsable(context);
      if (context.assignment.status !== 'submitted' && context.battery.status !== 'active') {
        throw new DomainError('battery_inactive');
      }
      if (context.assignment.status === 'pending') {
        await manager.update(
          Assignment,
          { id: context.assignment.id },
          { status: 'in_progress', startedAt: new Date() },
        );
      }
      const { token: session, hash } = newLinkToken();
      const expiresAt = this.sessionExpiry(context);
      await manager.query(`INSERT INTO portal_session (token_hash, assignment_id, expires_at) VALUES ($1, $2, $3)`, [
        hash,
        context.assignment.id,
        expiresAt,
      ]);
      return { sessionToken: session, expiresAt: expiresAt.toISOString() };
    });
  }

  async notMe(token: string, note: string | undefined): Promise<LinkView> {
    return this.dataSource.transaction(async (manager) => {
      const context = await assignmentByLink(manager, token, { lock: true });
      assertUsable(context);
      if (context.assignment.status === 'submitted') throw new DomainError('already_submitted');
      await manager.update(
        Assignment,
        { id: context.assignment.id },
        { notMeAt: context.assignment.notMeAt ?? new Date(), notMeNote: note?.trim() || null },
      );
      const updated = await assignmentByLink(manager, token);
      return toLinkView(updated, await instrumentOf(manager, updated));
    });
  }

  async form(session: string): Promise<FormView> {
    const manager = this.dataSource.manager;
    const context = await assignmentBySession(manager, session);
    assertUsable(context);
    const instrument = await instrumentOf(manager, context);
    const answers = answersOf(context.assignment);
    const raterList = context.assignment.role === 'self' ? await this.raterList(manager, context) : null;
    const named = raterList === null ? null : raterList.supervisor !== null && raterList.peer !== null;
    return {
      link: toLinkView(context, instrument),
      part1: part1Groups(context.participant.target, instrument),
      part2: part2Sections(instrument),
      scale: scale(),
      answers,
      raterList,
      progress: progress(instrument, answers, named),
      savedAt: context.assignment.answersSavedAt?.toISOString() ?? null,
    };
  }

  /** Autosave of one section. The row lock orders it against Kirim Data: nothing saves after submit. */
  async saveAnswers(session: string, request: SaveAnswersRequest): Promise<SaveResult> {
    return this.dataSource.transaction(async (manager) => {
      const context = await assignmentBySession(manager, session, { lock: true });
      assertWritable(context);
      const instrument = await instrumentOf(manager, context);
      const { part1, set, cleared } = validateAnswers(instrument, request);
      const rows: { part1: string[]; part2: Record<string, number>; answers_saved_at: Date }[] = await manager.query(
        // As a CTE: TypeORM returns a plain UPDATE's rows wrapped with the affected count.
        `WITH saved AS (
           UPDATE assignment SET
             part1 = COALESCE($2::text[], part1),
             part2 = (part2 || $3::jsonb) - $4::text[],
             answers_saved_at = now(),
             status = 'in_progress',
             started_at = COALESCE(started_at, now())
           WHERE id = $1
           RETURNING part1, part2, answers_saved_at)
         SELECT * FROM saved`,
        [context.assignment.id, part1, JSON.stringify(set), cleared],
      );
      await freezeInstrument(manager, instrument.id);
      await this.extendSession(manager, session, context);
      const row = rows[0]!;
      const named = context.assignment.role === 'self' ? await ratersNamed(manager, context.participant.id) : null;
      return {
        savedAt: new Date(row.answers_saved_at).toISOString(),
        progress: progress(instrument, { part1: row.part1, part2: row.part2 }, named),
      };
    });
  }

  /** The participant's rater list: work location, supervisor and peer, who are invited on save. */
  async saveRaters(session: string, request: RaterListRequest): Promise<NonNullable<FormView['raterList']>> {
    return this.dataSource.transaction(async (manager) => {
      const context = await assignmentBySession(manager, session);
      if (context.assignment.role !== 'self') throw new DomainError('not_allowed_for_role');
      assertWritable(context);
      const locked = await participantById(manager, context.participant.id, { lock: true });
      await manager.update(
        Participant,
        { id: locked.participant.id },
        { workProvince: request.workLocation.province.trim(), workRegency: request.workLocation.regency.trim() },
      );
      await this.assignNamed(manager, locked, 'supervisor', request.supervisor);
      await this.assignNamed(manager, locked, 'peer', request.peer);
      await this.extendSession(manager, session, context);
      return this.raterList(manager, await assignmentBySession(manager, session));
    });
  }

  /**
   * Names one rater of the list. The list holds two people, so a refused field is named with its
   * role (`supervisor.email`), as the validation of the request names it, for the form to show it there.
   */
  private async assignNamed(
    manager: EntityManager,
    context: ParticipantContext,
    role: 'supervisor' | 'peer',
    rater: RaterInput,
  ): Promise<void> {
    try {
      await this.raters.assign(manager, context, role, rater);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
      throw new DomainError(
        'validation_failed',
        error.errors.map((e) => ({ ...e, field: `${role}.${e.field}` })),
        error.extensions,
      );
    }
  }

  async proof(token: string): Promise<ProofView> {
    const manager = this.dataSource.manager;
    const context = await assignmentByLink(manager, token).catch(async (error: unknown) => {
      if (error instanceof DomainError && error.code === 'link_invalid') return assignmentBySession(manager, token);
      throw error;
    });
    if (context.assignment.status === 'cancelled') throw new DomainError('link_revoked');
    if (context.assignment.status !== 'submitted' || context.assignment.submittedAt === null) {
      throw new DomainError('not_found');
    }
    const instrument = await instrumentOf(manager, context);
    return {
      assignmentId: context.assignment.id,
      participant: { name: context.participant.name, unit: context.participant.unit },
      role: context.assignment.role,
      rater: { name: context.assignment.raterName },
      competencies: competenciesOf(instrument).map((c) => c.name),
      programme: context.battery.programme,
      batteryName: context.battery.name,
      submittedAt: context.assignment.submittedAt.toISOString(),
      status: 'SUBMITTED',
    };
  }

  private async raterList(
    manager: EntityManager,
    context: AssignmentContext,
  ): Promise<NonNullable<FormView['raterList']>> {
    const live = await manager.find(Assignment, { where: { participantId: context.participant.id } });
    const person = (role: 'supervisor' | 'peer') => {
      const a = live.find((x) => x.role === role && x.status !== 'cancelled');
      return a === undefined
        ? null
        : {
            name: a.raterName,
            email: a.raterEmail,
            ...(a.raterPosition === null ? {} : { position: a.raterPosition }),
            ...(a.raterProvince === null ? {} : { province: a.raterProvince }),
            ...(a.raterRegency === null ? {} : { regency: a.raterRegency }),
            language: a.raterLanguage,
          };
    };
    const participant = await manager.findOneByOrFail(Participant, { id: context.participant.id });
    return {
      workLocation:
        participant.workProvince === null
          ? null
          : { province: participant.workProvince, regency: participant.workRegency ?? '' },
      supervisor: person('supervisor'),
      peer: person('peer'),
    };
  }

  private sessionExpiry(context: AssignmentContext): Date {
    const sliding = Date.now() + this.env.PORTAL_SESSION_MINUTES * 60_000;
    return new Date(Math.min(sliding, context.battery.closesAt.getTime()));
  }

  private async extendSession(manager: EntityManager, session: string, context: AssignmentContext): Promise<void> {
    await manager.query(`UPDATE portal_session SET expires_at = $2 WHERE token_hash = $1`, [
      hashLinkToken(session),
      this.sessionExpiry(context),
    ]);
  }
}

export function answersOf(assignment: Assignment): AnswerSet {
  return { part1: assignment.part1, part2: assignment.part2 };
}

/** Checks a save against the rater's own instrument: unknown codes, items and values change nothing. */
function validateAnswers(
  instrument: InstrumentContext,
  request: SaveAnswersRequest,
): { part1: string[] | null; set: Record<string, number>; cleared: string[] } {
  const errors: { field: string; code: string }[] = [];
  let part1: string[] | null = null;
  if (request.part1 !== undefined) {
    const known = new Set(instrument.part1Codes);
    request.part1.forEach((code, i) => {
      if (!known.has(code)) errors.push({ field: `part1[${i}]`, code: 'unknown_activity' });
    });
    part1 = [...new Set(request.part1)];
  }
  const set: Record<string, number> = {};
  const cleared: string[] = [];
  const items = new Set(instrument.part2Items.map((item) => item.id));
  for (const [id, value] of Object.entries(request.part2 ?? {})) {
    if (!items.has(id)) errors.push({ field: `part2.${id}`, code: 'unknown_item' });
    else if (value === null) cleared.push(id);
    else if (!VALID_ANSWERS.has(value)) errors.push({ field: `part2.${id}`, code: 'invalid_answer' });
    else set[id] = value;
  }
  if (errors.length > 0) throw new DomainError('validation_failed', errors);
  return { part1, set, cleared };
}

function toLinkView(context: AssignmentContext, instrument: InstrumentContext): LinkView {
  const { assignment, participant, battery } = context;
  return {
    assignmentId: assignment.id,
    role: assignment.role,
    status: assignment.status,
    rater: { name: assignment.raterName, language: assignment.raterLanguage },
    participant: {
      name: participant.name,
      unit: participant.unit,
      target: participant.target,
      province: participant.province,
      regency: participant.regency,
    },
    battery: {
      name: battery.name,
      programme: battery.programme,
      periodStart: battery.periodStart,
      deadline: battery.deadline,
      closesAt: battery.closesAt.toISOString(),
    },
    competencies: competenciesOf(instrument),
    submittedAt: assignment.submittedAt?.toISOString() ?? null,
    notMeAt: assignment.notMeAt?.toISOString() ?? null,
  };
}
