import type { EntityManager } from 'typeorm';
import type {
  BatteryRef,
  BatteryStatus,
  InstrumentItem,
  ParticipantRef,
  ScoringSettingsDto,
  Target,
} from '@evkin/contracts';
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

interface BatteryRow {
  id: string;
  name: string;
  programme: string;
  period_start: string;
  deadline: string;
  closes_at: Date;
  target: Target;
  status: BatteryStatus;
  scoring: ScoringSettingsDto;
  reminder_days: number[];
  current_instrument_id: string | null;
}

// Dates as text: node-pg would turn a DATE into a local-midnight Date and shift it by the server's zone.
const BATTERY_COLUMNS = `b.id, b.name, b.programme, to_char(b.period_start, 'YYYY-MM-DD') AS period_start,
  to_char(b.deadline, 'YYYY-MM-DD') AS deadline, ((b.deadline + 1)::timestamp AT TIME ZONE 'Asia/Jakarta') AS closes_at,
  b.target, b.status, b.scoring, b.reminder_days, b.current_instrument_id`;

export async function loadBattery(manager: EntityManager, id: string): Promise<BatteryContext | null> {
  const rows: BatteryRow[] = await manager.query(`SELECT ${BATTERY_COLUMNS} FROM battery b WHERE b.id = $1`, [id]);
  const row = rows[0];
  return row === undefined ? null : toBattery(row);
}

export async function loadBatteries(manager: EntityManager): Promise<BatteryContext[]> {
  const rows: BatteryRow[] = await manager.query(`SELECT ${BATTERY_COLUMNS} FROM battery b`);
  return rows.map(toBattery);
}

function toBattery(row: BatteryRow): BatteryContext {
  return {
    id: row.id,
    name: row.name,
    programme: row.programme,
    periodStart: row.period_start,
    deadline: row.deadline,
    closesAt: new Date(row.closes_at),
    target: row.target,
    status: row.status,
    scoring: row.scoring,
    reminderDays: row.reminder_days,
    currentInstrumentId: row.current_instrument_id,
  };
}

export async function loadInstrument(manager: EntityManager, id: string): Promise<InstrumentContext> {
  const rows: {
    id: string;
    version: number;
    sub_competency_ids: string[];
    part1_codes: string[];
    part2_items: InstrumentItem[];
  }[] = await manager.query(
    `SELECT id, version, sub_competency_ids, part1_codes, part2_items FROM battery_instrument WHERE id = $1`,
    [id],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`instrument ${id} not found`);
  return {
    id: row.id,
    version: row.version,
    subCompetencyIds: row.sub_competency_ids,
    part1Codes: row.part1_codes,
    part2Items: row.part2_items,
  };
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

export function participantRef(participant: Participant): ParticipantRef {
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
