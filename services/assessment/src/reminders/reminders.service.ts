import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { RATER_ROLES, type AdminActor, type RaterRole } from '@evkin/contracts';
import { DomainError, OutboxService } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import {
  batteryRef,
  isOpen,
  loadBatteries,
  loadBattery,
  participantRef,
  type BatteryContext,
} from '../evaluation/battery-context.js';
import { monitoringLink, raterLink } from '../links/link-token.js';
import { issueAssignmentLinks, issueMonitoringLinks } from '../links/links.js';
import { Assignment } from '../participants/assignment.entity.js';
import { Participant } from '../participants/participant.entity.js';

const DAY_MS = 86_400_000;

/**
 * Reminder rounds (seed 000 G.2.e; issue 4): on each of a battery's reminder days (default 7 and 1
 * days before the deadline) every invited rater not yet Selesai gets a reminder with a fresh link,
 * and the participant a nudge naming the raters still missing. Never after the deadline, never to
 * a replaced (cancelled) assignment. Selection lives here, where the statuses are.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  /** Runs every round that is due; a unique index makes each scheduled round happen once across replicas. */
  async runDue(now = new Date()): Promise<number> {
    let rounds = 0;
    for (const battery of await loadBatteries(this.dataSource.manager, { status: 'active' })) {
      if (!isOpen(battery, now)) continue;
      const due = battery.reminderDays.filter((days) => now.getTime() >= battery.closesAt.getTime() - days * DAY_MS);
      if (due.length === 0) continue;
      const ran = await this.dataSource.transaction(async (manager) => {
        // Several due days at once (a battery created late): one round, every due day marked done.
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO reminder_round (battery_id, days_before, triggered_by)
           SELECT $1, d, 'schedule' FROM unnest($2::int[]) AS d
           ON CONFLICT (battery_id, days_before) WHERE days_before IS NOT NULL DO NOTHING
           RETURNING id`,
          [battery.id, due],
        );
        if (inserted.length === 0) return false;
        const count = await this.remind(manager, battery, inserted[0]!.id, now);
        await manager.query(`UPDATE reminder_round SET reminded = $2 WHERE id = ANY($1::uuid[])`, [
          inserted.map((r) => r.id),
          count,
        ]);
        return true;
      });
      if (ran) rounds += 1;
    }
    return rounds;
  }

  /** An admin's reminder round, any time before the deadline. */
  async runNow(actor: AdminActor, batteryId: string): Promise<{ roundId: string; reminded: number }> {
    this.audit.assertAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const battery = await loadBattery(manager, batteryId);
      if (battery === null) throw new DomainError('not_found');
      if (!isOpen(battery)) throw new DomainError('battery_closed');
      if (battery.status !== 'active') throw new DomainError('battery_inactive');
      const [round] = await manager.query<[{ id: string }]>(
        `INSERT INTO reminder_round (battery_id, days_before, triggered_by) VALUES ($1, NULL, $2) RETURNING id`,
        [battery.id, actor.email],
      );
      const reminded = await this.remind(manager, battery, round.id, new Date());
      await manager.query(`UPDATE reminder_round SET reminded = $2 WHERE id = $1`, [round.id, reminded]);
      await this.audit.record(manager, actor, {
        action: 'reminders.run',
        subject: { type: 'battery', id: battery.id },
        details: { roundId: round.id, reminded },
      });
      return { roundId: round.id, reminded };
    });
  }

  /** Emits one `evaluation.reminder` per recipient; returns how many. */
  private async remind(manager: EntityManager, battery: BatteryContext, roundId: string, now: Date): Promise<number> {
    const invited = await manager.find(Participant, {
      where: { batteryId: battery.id, invitedAt: Not(IsNull()), completedAt: IsNull() },
    });
    if (invited.length === 0) return 0;
    const assignments = await manager.find(Assignment, {
      where: { participantId: In(invited.map((p) => p.id)), status: Not('cancelled') },
    });
    // Raters who are done get nothing; the participant is nudged while anyone is missing.
    const recipients = invited.flatMap((participant) => {
      const live = assignments.filter((a) => a.participantId === participant.id);
      const missing = RATER_ROLES.filter((role) => !live.some((a) => a.role === role && a.status === 'submitted')).map(
        (role: RaterRole) => ({ role, raterName: live.find((a) => a.role === role)?.raterName ?? null }),
      );
      return live
        .filter((a) => a.role === 'self' || a.status !== 'submitted')
        .map((assignment) => ({ participant, assignment, missing: assignment.role === 'self' ? missing : [] }));
    });
    const starts = await issueAssignmentLinks(
      manager,
      recipients.map((r) => r.assignment.id),
      'reminder',
    );
    const nudged = recipients.filter((r) => r.assignment.role === 'self');
    const monitors = await issueMonitoringLinks(
      manager,
      nudged.map((r) => r.participant.id),
      'reminder',
    );
    const monitoringOf = new Map(
      nudged.map((r, i) => [r.participant.id, monitoringLink(this.env.PUBLIC_URL, monitors[i]!)]),
    );
    const ref = batteryRef(battery);
    const daysLeft = Math.max(0, Math.ceil((battery.closesAt.getTime() - now.getTime()) / DAY_MS));
    await this.outbox.addMany(
      manager,
      'evaluation.reminder',
      recipients.map(({ participant, assignment, missing }, i) => ({
        subject: assignment.id,
        data: {
          roundId,
          assignmentId: assignment.id,
          participantId: participant.id,
          role: assignment.role,
          rater: { name: assignment.raterName, email: assignment.raterEmail, language: assignment.raterLanguage },
          participant: participantRef(participant),
          battery: ref,
          daysLeft,
          links: {
            start: raterLink(this.env.PUBLIC_URL, starts[i]!),
            monitoring: assignment.role === 'self' ? monitoringOf.get(participant.id)! : null,
          },
          missing,
        },
      })),
    );
    return recipients.length;
  }
}
