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

/** Rows per statement: keeps each statement's parameters well under PostgreSQL's limits. */
const CHUNK = 5000;

/**
 * Bulk invitation of a battery's participants (seed 000 G.2.b → G.2.c): each gets their own
 * assignment (the participant rates themself), a link, a Halaman Monitoring link and an
 * `evaluation.invited` event — set-based, because a national campaign invites tens of thousands.
 * Supervisor and peer follow when the participant names them.
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
    return this.dataSource.transaction(async (manager) => {
      const battery = await loadBattery(manager, request.batteryId);
      if (battery === null) throw new DomainError('not_found');
      if (battery.status !== 'active') throw new DomainError('battery_inactive');
      if (!isOpen(battery)) throw new DomainError('battery_closed');
      if (battery.currentInstrumentId === null) throw new DomainError('not_found');
      const selection = request.participantIds;
      const candidates: (InviteeRow & { invited: boolean })[] = await manager.query(
        `SELECT id, name, nip, email, target, unit, province, regency, language, invited_at IS NOT NULL AS invited
           FROM participant
          WHERE battery_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
          ORDER BY created_at, id
          FOR UPDATE`,
        [battery.id, selection ?? null],
      );
      if (selection !== undefined && candidates.length !== new Set(selection).size) {
        throw new DomainError('validation_failed', [{ field: 'participantIds', code: 'unknown' }]);
      }
      const invitees = candidates.filter((c) => !c.invited);
      for (let start = 0; start < invitees.length; start += CHUNK) {
        await this.inviteChunk(manager, battery, battery.currentInstrumentId, invitees.slice(start, start + CHUNK));
      }
      await this.audit.record(manager, actor, {
        action: 'participants.invite',
        subject: { type: 'battery', id: battery.id },
        details: { invited: invitees.length, selection: selection?.length ?? null },
      });
      return { invited: invitees.length, alreadyInvited: candidates.length - invitees.length };
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
