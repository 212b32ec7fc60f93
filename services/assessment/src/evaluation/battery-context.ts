import type { EntityManager } from 'typeorm';
import type {
  BatteryRef,
  BatteryStatus,
  InstrumentItem,
  ParticipantRef,
  ScoringSettingsDto,
  Target,
} from '@evkin/contracts';
import { closesAt } from '../batteries/closes-at.js';
import { BatteryInstrumentRecord } from '../batteries/battery-instrument.entity.js';
import { BatteryRecord } from '../batteries/battery.entity.js';
import type { Participant } from '../participants/participant.entity.js';

/** What the evaluation flow needs of a battery (the batteries feature owns the table). */
export interface BatteryContext {
  id: string;
  name: string;
  programme: string;
  periodStart: string;
  deadline: string;
  /** The end of the deadline day in WIB: links stop working, reminders stop. */
  closesAt: Date;
  target: Target;
  status: BatteryStatus;
  scoring: ScoringSettingsDto;
  reminderDays: number[];
  currentInstrumentId: string | null;
}

export interface InstrumentContext {
  id: string;
  version: number;
  subCompetencyIds: string[];
  part1Codes: string[];
  part2Items: InstrumentItem[];
}

/** The batteries feature owns the rows; this reads them in the shape the evaluation flow works with. */
function toBattery(record: BatteryRecord): BatteryContext {
  return {
    id: record.id,
    name: record.name,
    programme: record.programme,
    periodStart: record.periodStart,
    deadline: record.deadline,
    closesAt: closesAt(record.deadline),
    target: record.target,
    status: record.status,
    scoring: record.scoring,
    reminderDays: record.reminderDays,
    currentInstrumentId: record.currentInstrumentId,
  };
}

export async function loadBattery(manager: EntityManager, id: string): Promise<BatteryContext | null> {
  const record = await manager.findOneBy(BatteryRecord, { id });
  return record === null ? null : toBattery(record);
}

/** The batteries a reminder round or an import may concern: active ones, or every one. */
export async function loadBatteries(
  manager: EntityManager,
  where: { status?: BatteryStatus } = {},
): Promise<BatteryContext[]> {
  return (await manager.findBy(BatteryRecord, where)).map(toBattery);
}

export async function loadInstrument(manager: EntityManager, id: string): Promise<InstrumentContext> {
  return manager.findOneByOrFail(BatteryInstrumentRecord, { id });
}

/** The first saved answer freezes the instrument: later battery edits make a new version. */
export async function freezeInstrument(manager: EntityManager, instrumentId: string): Promise<void> {
  await manager.query(`UPDATE battery_instrument SET frozen_at = now() WHERE id = $1 AND frozen_at IS NULL`, [
    instrumentId,
  ]);
}

export function isOpen(battery: BatteryContext, now = new Date()): boolean {
  return now.getTime() < battery.closesAt.getTime();
}

export function batteryRef(battery: BatteryContext): BatteryRef {
  return {
    id: battery.id,
    name: battery.name,
    programme: battery.programme,
    periodStart: battery.periodStart,
    deadline: battery.deadline,
    closesAt: battery.closesAt.toISOString(),
  };
}

export function participantRef(
  participant: Pick<
    Participant,
    'id' | 'name' | 'email' | 'nip' | 'target' | 'unit' | 'province' | 'regency' | 'language'
  >,
): ParticipantRef {
  return {
    id: participant.id,
    name: participant.name,
    email: participant.email,
    nip: participant.nip,
    target: participant.target,
    unit: participant.unit,
    province: participant.province,
    regency: participant.regency,
    language: participant.language,
  };
}
