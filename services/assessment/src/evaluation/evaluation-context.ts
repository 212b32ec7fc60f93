import { DomainError } from '@evkin/platform';
import type { EntityManager } from 'typeorm';
import { hashLinkToken } from '../links/link-token.js';
import { Assignment } from '../participants/assignment.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { loadBattery, loadInstrument, type BatteryContext, type InstrumentContext } from './battery-context.js';

/** An assignment with the participant and battery it belongs to: what every portal call works on. */
export interface AssignmentContext {
  assignment: Assignment;
  participant: Participant;
  battery: BatteryContext;
}

export interface ParticipantContext {
  participant: Participant;
  battery: BatteryContext;
}

/**
 * Resolves a link token (from an email) to its assignment. A link reaches exactly its own
 * assignment: the lookup is by the token's hash and nothing else. `lock` takes the assignment row
 * for update, for writes that must not race (answers against submit).
 */
export async function assignmentByLink(
  manager: EntityManager,
  token: string,
  options: { lock?: boolean } = {},
): Promise<AssignmentContext> {
  const rows: { assignment_id: string }[] = await manager.query(
    `SELECT assignment_id FROM assignment_link WHERE token_hash = $1`,
    [hashLinkToken(token)],
  );
  const id = rows[0]?.assignment_id;
  if (id === undefined) throw new DomainError('link_invalid');
  return assignmentById(manager, id, options);
}

/** Resolves a portal session (after Mulai). Expired or unknown sessions ask the rater to reopen the link. */
export async function assignmentBySession(
  manager: EntityManager,
  session: string,
  options: { lock?: boolean } = {},
): Promise<AssignmentContext> {
  const rows: { assignment_id: string }[] = await manager.query(
    `SELECT assignment_id FROM portal_session WHERE token_hash = $1 AND expires_at > now()`,
    [hashLinkToken(session)],
  );
  const id = rows[0]?.assignment_id;
  if (id === undefined) throw new DomainError('session_expired');
  return assignmentById(manager, id, options);
}

export async function assignmentById(
  manager: EntityManager,
  id: string,
  options: { lock?: boolean } = {},
): Promise<AssignmentContext> {
  const assignment = await manager.findOne(Assignment, {
    where: { id },
    ...(options.lock === true ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (assignment === null) throw new DomainError('link_invalid');
  const participant = await manager.findOneByOrFail(Participant, { id: assignment.participantId });
  const battery = await loadBattery(manager, participant.batteryId);
  if (battery === null) throw new DomainError('link_invalid');
  return { assignment, participant, battery };
}

export async function participantByMonitoringLink(manager: EntityManager, token: string): Promise<ParticipantContext> {
  const rows: { participant_id: string }[] = await manager.query(
    `SELECT participant_id FROM monitoring_link WHERE token_hash = $1`,
    [hashLinkToken(token)],
  );
  const id = rows[0]?.participant_id;
  if (id === undefined) throw new DomainError('link_invalid');
  return participantById(manager, id);
}

export async function participantById(
  manager: EntityManager,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ParticipantContext> {
  const participant = await manager.findOne(Participant, {
    where: { id },
    ...(options.lock === true ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (participant === null) throw new DomainError('not_found');
  const battery = await loadBattery(manager, participant.batteryId);
  if (battery === null) throw new DomainError('not_found');
  return { participant, battery };
}

/** Refuses a link whose rater was replaced, or whose battery has closed (a submitted rater may still look). */
export function assertUsable(context: AssignmentContext, now = new Date()): void {
  if (context.assignment.status === 'cancelled') throw new DomainError('link_revoked');
  if (context.assignment.status !== 'submitted' && now.getTime() >= context.battery.closesAt.getTime()) {
    throw new DomainError('link_expired');
  }
}

/** Writes need an open, active battery and an assignment not yet submitted. */
export function assertWritable(context: AssignmentContext, now = new Date()): void {
  assertUsable(context, now);
  if (context.assignment.status === 'submitted') throw new DomainError('already_submitted');
  if (context.battery.status !== 'active') throw new DomainError('battery_inactive');
}

/** The instrument version the participant was invited with (all four raters answer the same one). */
export async function instrumentOf(
  manager: EntityManager,
  context: { participant: Participant; battery: BatteryContext },
): Promise<InstrumentContext> {
  const id = context.participant.instrumentId ?? context.battery.currentInstrumentId;
  if (id === null) throw new DomainError('link_invalid');
  return loadInstrument(manager, id);
}

/** The participant has named a supervisor and a peer (a condition of their own Kirim Data). */
export async function ratersNamed(manager: EntityManager, participantId: string): Promise<boolean> {
  const live = await manager.find(Assignment, { where: { participantId } });
  return (['supervisor', 'peer'] as const).every((role) =>
    live.some((a) => a.role === role && a.status !== 'cancelled'),
  );
}
