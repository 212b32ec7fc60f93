import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AdminActor,
  EvaluationInvitedV1,
  InviteBatteryRequest,
  InviteBatteryResult,
  ParticipantRef,
} from '@evkin/contracts';
import { DomainError, OutboxService } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { batteryRef, isOpen, loadBattery, participantRef, type BatteryContext } from '../evaluation/battery-context.js';
import { monitoringLink, raterLink } from '../links/link-token.js';
import { issueAssignmentLinks, issueMonitoringLinks } from '../links/links.js';

type InviteeRow = ParticipantRef;

/**
 * Participants per transaction. Each committed chunk wakes the outbox relay, so its events are on
 * their way to the broker while the next chunk is written; a chunk's rows, links and events commit
 * together, and the parameters of each statement stay far below PostgreSQL's limits.
 */
const CHUNK = 2000;

/** Chunks written at the same time by one bulk invitation. */
const PARALLEL_CHUNKS = 2;

/**
 * Bulk invitation of a battery's participants (seed 000 G.2.b → G.2.c): each gets their own
 * assignment (the participant rates themself), a link, a Halaman Monitoring link and an
 * `evaluation.invited` event — set-based, because a national campaign invites tens of thousands.
 * Supervisor and peer follow when the participant names them.
 *
 * The work commits chunk by chunk, each one complete. Should the call stop half-way (a restart),
 * the participants invited so far stay invited and calling again invites the rest: a participant
 * is never invited twice, because each chunk takes only rows still without `invited_at`.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  async inviteBattery(actor: AdminActor, request: InviteBatteryRequest): Promise<InviteBatteryResult> {
    this.audit.assertAdmin(actor);
    const selection = request.participantIds === undefined ? null : [...new Set(request.participantIds)];
    const { total } = await this.dataSource.transaction(async (manager) => {
      await openBattery(manager, request.batteryId);
      const [counts] = await manager.query<[{ total: number; invited: number }]>(
        `SELECT count(*)::int AS total, count(invited_at)::int AS invited FROM participant
          WHERE battery_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
        [request.batteryId, selection],
      );
      if (selection !== null && counts.total !== selection.length) {
        throw new DomainError('validation_failed', [{ field: 'participantIds', code: 'unknown' }]);
      }
      // Recorded before the first chunk commits, so no invitation ever exists without its entry.
      await this.audit.record(manager, actor, {
        action: 'participants.invite',
        subject: { type: 'battery', id: request.batteryId },
        details: { invited: counts.total - counts.invited, selection: selection?.length ?? null },
      });
      return counts;
    });
    const drain = async (skipLocked: boolean): Promise<number> => {
      let invited = 0;
      for (;;) {
        const count = await this.inviteNextChunk(request.batteryId, selection, skipLocked);
        if (count === 0) return invited;
        invited += count;
      }
    };
    // Chunks in parallel keep both the database's cores busy; SKIP LOCKED gives each its own rows.
    // A row another transaction still holds (a concurrent rater change) is waited for at the end.
    const parallel = await Promise.allSettled(Array.from({ length: PARALLEL_CHUNKS }, () => drain(true)));
    let invited = 0;
    for (const outcome of parallel) {
      // Both settle first, so no chunk is still being written when the call answers with an error.
      if (outcome.status === 'rejected') throw outcome.reason;
      invited += outcome.value;
    }
    invited += await drain(false);
    return { invited, alreadyInvited: total - invited };
  }

  /** Invites the next chunk of participants not yet invited, in one transaction; returns how many. */
  private async inviteNextChunk(batteryId: string, selection: string[] | null, skipLocked: boolean): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const battery = await openBattery(manager, batteryId);
      const invitees: InviteeRow[] = await manager.query(
        `SELECT id, name, nip, email, target, unit, province, regency, language FROM participant
          WHERE battery_id = $1 AND invited_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
          ORDER BY created_at, id LIMIT ${CHUNK}
          FOR UPDATE ${skipLocked ? 'SKIP LOCKED' : ''}`,
        [battery.id, selection],
      );
      if (invitees.length > 0) await this.inviteChunk(manager, battery, battery.currentInstrumentId, invitees);
      return invitees.length;
    });
  }

  private async inviteChunk(
    manager: EntityManager,
    battery: BatteryContext,
    instrumentId: string,
    invitees: InviteeRow[],
  ): Promise<void> {
    const assignmentIds = invitees.map(() => randomUUID());
    const ids = invitees.map((p) => p.id);
    await manager.query(
      `INSERT INTO assignment (id, participant_id, role, rater_name, rater_email, rater_language)
       SELECT a, p, 'self', n, e, l FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS t (a, p, n, e, l)`,
      [assignmentIds, ids, invitees.map((p) => p.name), invitees.map((p) => p.email), invitees.map((p) => p.language)],
    );
    const links = await issueAssignmentLinks(manager, assignmentIds, 'invitation');
    const monitors = await issueMonitoringLinks(manager, ids, 'invitation');
    await manager.query(
      `UPDATE participant SET invited_at = now(), instrument_id = $2 WHERE battery_id = $3 AND id = ANY($1::uuid[])`,
      [ids, instrumentId, battery.id],
    );
    const ref = batteryRef(battery);
    const events: { data: EvaluationInvitedV1; subject: string }[] = invitees.map((p, i) => ({
      subject: assignmentIds[i]!,
      data: {
        assignmentId: assignmentIds[i]!,
        participantId: p.id,
        role: 'self',
        reason: 'invitation',
        rater: { name: p.name, email: p.email, language: p.language, position: null },
        participant: participantRef(p),
        battery: ref,
        links: {
          start: raterLink(this.env.PUBLIC_URL, links[i]!),
          monitoring: monitoringLink(this.env.PUBLIC_URL, monitors[i]!),
        },
      },
    }));
    await this.outbox.addMany(manager, 'evaluation.invited', events);
  }
}

/** The battery, if invitations may go out now: it exists, is active, open and has an instrument. */
async function openBattery(
  manager: EntityManager,
  id: string,
): Promise<BatteryContext & { currentInstrumentId: string }> {
  const battery = await loadBattery(manager, id);
  if (battery === null || battery.currentInstrumentId === null) throw new DomainError('not_found');
  if (battery.status !== 'active') throw new DomainError('battery_inactive');
  if (!isOpen(battery)) throw new DomainError('battery_closed');
  return { ...battery, currentInstrumentId: battery.currentInstrumentId };
}
