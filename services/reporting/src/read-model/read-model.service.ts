import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BatteryRef, EvkinEvent, ParticipantRef } from '@evkin/contracts';
import { EventConsumer, type ReceivedEvent } from '@evkin/platform';
import { ResultScorer } from '../results/result-scorer.js';

/**
 * Reporting's own copy of batteries, participants and assignments, kept from assessment's events.
 * The consumer records each event id in the same transaction (a redelivered event is skipped);
 * beyond that every write here is an upsert that only moves an assignment forward
 * (invited → submitted → cancelled), because retries can deliver events out of order.
 */
@Injectable()
export class ReadModelService implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly scorer: ResultScorer,
  ) {}

  onModuleInit(): void {
    // A bulk invite is tens of thousands of these: a group of them is three statements.
    this.consumer.onGroup('evaluation.invited', (events, manager) => this.invited(events, manager));
    this.consumer.on('evaluation.cancelled', (event, manager) => this.cancelled(event, manager));
    this.consumer.on('evaluation.submitted', (event, manager) => this.submitted(event, manager));
    this.consumer.on('evaluation.completed', (event, manager) => this.completed(event, manager));
  }

  async invited(events: readonly ReceivedEvent<'evaluation.invited'>[], manager: EntityManager): Promise<void> {
    const invitations = events.map(({ event }) => ({ ...event.data, time: event.time }));
    for (const battery of lastOfEach(invitations.map((i) => i.battery))) await upsertBattery(manager, battery);
    await upsertParticipants(
      manager,
      invitations.map((i) => ({ ...i.participant, batteryId: i.battery.id })),
    );
    // An assignment twice in a group (the invitation and a resend): the latest rater details, the
    // first invitation time, as separate events would leave them.
    const firstInvited = new Map<string, string>();
    for (const i of invitations) {
      const seen = firstInvited.get(i.assignmentId);
      if (seen === undefined || Date.parse(i.time) < Date.parse(seen)) firstInvited.set(i.assignmentId, i.time);
    }
    const assignments = lastOfEach(invitations.map((i) => ({ ...i, id: i.assignmentId })));
    await manager.query(
      `INSERT INTO reporting.assignment
         (id, participant_id, battery_id, role, status, rater_name, rater_email, rater_language, invited_at)
       SELECT id, participant_id, battery_id, role, 'invited', rater_name, rater_email, rater_language, invited_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
           AS i(id, participant_id, battery_id, role, rater_name, rater_email, rater_language, invited_at)
       ON CONFLICT (id) DO UPDATE SET
         rater_name = EXCLUDED.rater_name, rater_email = EXCLUDED.rater_email,
         rater_language = EXCLUDED.rater_language,
         invited_at = COALESCE(assignment.invited_at, EXCLUDED.invited_at)`,
      [
        assignments.map((a) => a.assignmentId),
        assignments.map((a) => a.participantId),
        assignments.map((a) => a.battery.id),
        assignments.map((a) => a.role),
        assignments.map((a) => a.rater.name),
        assignments.map((a) => a.rater.email),
        assignments.map((a) => a.rater.language),
        assignments.map((a) => firstInvited.get(a.assignmentId)),
      ],
    );
  }

  async cancelled(event: EvkinEvent<'evaluation.cancelled'>, manager: EntityManager): Promise<void> {
    const { data } = event;
    await manager.query(
      `INSERT INTO reporting.assignment (id, participant_id, battery_id, role, status, cancelled_at)
       VALUES ($1, $2, $3, $4, 'cancelled', $5)
       ON CONFLICT (id) DO UPDATE SET
         status = 'cancelled', cancelled_at = COALESCE(assignment.cancelled_at, EXCLUDED.cancelled_at)`,
      [data.assignmentId, data.participantId, data.batteryId, data.role, data.at],
    );
  }

  async submitted(event: EvkinEvent<'evaluation.submitted'>, manager: EntityManager): Promise<void> {
    const { data } = event;
    await upsertBattery(manager, data.battery);
    await upsertParticipant(manager, data.participant, data.battery.id);
    await upsertSubmission(manager, {
      assignmentId: data.assignmentId,
      participantId: data.participantId,
      batteryId: data.battery.id,
      role: data.role,
      rater: data.rater,
      submittedAt: data.submittedAt,
      answers: data.answers,
      competencies: data.competencies,
    });
  }

  async completed(event: EvkinEvent<'evaluation.completed'>, manager: EntityManager): Promise<void> {
    const { data } = event;
    await upsertBattery(manager, data.battery);
    await upsertParticipant(manager, data.participant, data.battery.id);
    await manager.query(`UPDATE reporting.participant SET completed_at = COALESCE(completed_at, $2) WHERE id = $1`, [
      data.participantId,
      data.completedAt,
    ]);
    // The completion carries every submission: the read model is whole even if a
    // `evaluation.submitted` is still on its way (or was dead-lettered).
    for (const assignment of data.assignments) {
      await upsertSubmission(manager, {
        assignmentId: assignment.assignmentId,
        participantId: data.participantId,
        batteryId: data.battery.id,
        role: assignment.role,
        rater: assignment.rater,
        submittedAt: assignment.submittedAt,
        answers: assignment.answers,
        competencies: null,
      });
    }
    await this.scorer.score(manager, data);
  }
}

async function upsertBattery(manager: EntityManager, battery: BatteryRef): Promise<void> {
  await manager.query(
    `INSERT INTO reporting.battery (id, name, programme, period_start, deadline, closes_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, programme = EXCLUDED.programme,
       period_start = EXCLUDED.period_start, deadline = EXCLUDED.deadline, closes_at = EXCLUDED.closes_at`,
    [battery.id, battery.name, battery.programme, battery.periodStart, battery.deadline, battery.closesAt],
  );
}

async function upsertParticipant(
  manager: EntityManager,
  participant: ParticipantRef,
  batteryId: string,
): Promise<void> {
  await upsertParticipants(manager, [{ ...participant, batteryId }]);
}

/** One statement for many; a participant named twice keeps the last details. */
async function upsertParticipants(
  manager: EntityManager,
  participants: readonly (ParticipantRef & { batteryId: string })[],
): Promise<void> {
  const rows = lastOfEach(participants);
  await manager.query(
    `INSERT INTO reporting.participant
       (id, battery_id, name, email, nip, target, unit, province, regency, language)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                          $8::text[], $9::text[], $10::text[])
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, nip = EXCLUDED.nip,
       target = EXCLUDED.target, unit = EXCLUDED.unit, province = EXCLUDED.province,
       regency = EXCLUDED.regency, language = EXCLUDED.language`,
    [
      rows.map((p) => p.id),
      rows.map((p) => p.batteryId),
      rows.map((p) => p.name),
      rows.map((p) => p.email),
      rows.map((p) => p.nip),
      rows.map((p) => p.target),
      rows.map((p) => p.unit),
      rows.map((p) => p.province),
      rows.map((p) => p.regency),
      rows.map((p) => p.language),
    ],
  );
}

/** The last item with each id, in first-seen order (an upsert may not touch one row twice). */
function lastOfEach<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

interface SubmissionRow {
  assignmentId: string;
  participantId: string;
  batteryId: string;
  role: string;
  rater: { name: string; email: string; language?: string };
  submittedAt: string;
  answers: unknown;
  competencies: string[] | null;
}

/** A cancellation wins over a submission: it can only have come after it. */
async function upsertSubmission(manager: EntityManager, row: SubmissionRow): Promise<void> {
  await manager.query(
    `INSERT INTO reporting.assignment
       (id, participant_id, battery_id, role, status, rater_name, rater_email, rater_language,
        submitted_at, answers, competencies)
     VALUES ($1, $2, $3, $4, 'submitted', $5, $6, $7, $8, $9, $10)
     ON CONFLICT (id) DO UPDATE SET
       status = CASE WHEN assignment.status = 'cancelled' THEN 'cancelled' ELSE 'submitted' END,
       rater_name = EXCLUDED.rater_name, rater_email = EXCLUDED.rater_email,
       rater_language = COALESCE(EXCLUDED.rater_language, assignment.rater_language),
       submitted_at = COALESCE(assignment.submitted_at, EXCLUDED.submitted_at),
       answers = COALESCE(assignment.answers, EXCLUDED.answers),
       competencies = COALESCE(assignment.competencies, EXCLUDED.competencies)`,
    [
      row.assignmentId,
      row.participantId,
      row.batteryId,
      row.role,
      row.rater.name,
      row.rater.email,
      row.rater.language ?? null,
      row.submittedAt,
      JSON.stringify(row.answers),
      row.competencies === null ? null : JSON.stringify(row.competencies),
    ],
  );
}
