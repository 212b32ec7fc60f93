import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AdminActor,
  EvaluationInvitedV1,
  InviteBatteryRequest,
  InviteBatteryResult,
  Language,
  Target,
} from '@evkin/contracts';
import { DomainError, OutboxService } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { batteryRef, isOpen, loadBattery, type BatteryContext } from '../evaluation/battery-context.js';
import { monitoringLink, newLinkToken, raterLink } from '../links/link-token.js';

interface InviteeRow {
  id: string;
  name: string;
  nip: string | null;
  email: string;
  target: Target;
  unit: string;
  province: string;
  regency: string;
  language: Language;
}

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
        await this.inviteChunk(
          manager,
          battery.id,
          battery.currentInstrumentId,
          invitees.slice(start, start + CHUNK),
          battery,
        );
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
    batteryId: string,
    instrumentId: string,
    invitees: InviteeRow[],
    battery: BatteryContext,
  ): Promise<void> {
    const assignmentIds = invitees.map(() => randomUUID());
    const links = invitees.map(() => newLinkToken());
    const monitors = invitees.map(() => newLinkToken());
    const ids = invitees.map((p) => p.id);
    await manager.query(
      `INSERT INTO assignment (id, participant_id, role, rater_name, rater_email, rater_language)
       SELECT a, p, 'self', n, e, l FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS t (a, p, n, e, l)`,
      [assignmentIds, ids, invitees.map((p) => p.name), invitees.map((p) => p.email), invitees.map((p) => p.language)],
    );
    await manager.query(
      `INSERT INTO assignment_link (token_hash, assignment_id, kind)
       SELECT h, a, 'invitation' FROM unnest($1::text[], $2::uuid[]) AS t (h, a)`,
      [links.map((l) => l.hash), assignmentIds],
    );
    await manager.query(
      `INSERT INTO monitoring_link (token_hash, participant_id, kind)
       SELECT h, p, 'invitation' FROM unnest($1::text[], $2::uuid[]) AS t (h, p)`,
      [monitors.map((l) => l.hash), ids],
    );
    await manager.query(
      `UPDATE participant SET invited_at = now(), instrument_id = $2 WHERE battery_id = $3 AND id = ANY($1::uuid[])`,
      [ids, instrumentId, batteryId],
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
        participant: {
          id: p.id,
          name: p.name,
          email: p.email,
          nip: p.nip,
          target: p.target,
          unit: p.unit,
          province: p.province,
          regency: p.regency,
          language: p.language,
        },
        battery: ref,
        links: {
          start: raterLink(this.env.PUBLIC_URL, links[i]!.token),
          monitoring: monitoringLink(this.env.PUBLIC_URL, monitors[i]!.token),
        },
      },
    }));
    await this.outbox.addMany(manager, 'evaluation.invited', events);
  }
}
