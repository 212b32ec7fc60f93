import type { BatterySummary, BatteryView, InstrumentView } from '@evkin/contracts';
import type { BatteryCountsView } from './battery-counts.js';
import type { BatteryInstrumentRecord } from './battery-instrument.entity.js';
import type { BatteryRecord } from './battery.entity.js';
import { closesAt } from './closes-at.js';

export function toInstrumentView(instrument: BatteryInstrumentRecord): InstrumentView {
  return {
    id: instrument.id,
    version: instrument.version,
    frozen: instrument.frozenAt !== null,
    subCompetencyIds: instrument.subCompetencyIds,
    part1Codes: instrument.part1Codes,
    part2Items: instrument.part2Items,
  };
}

export function toBatterySummary(
  battery: BatteryRecord,
  instrument: BatteryInstrumentRecord,
  counts: BatteryCountsView,
): BatterySummary {
  return {
    id: battery.id,
    name: battery.name,
    programme: battery.programme,
    periodStart: battery.periodStart,
    deadline: battery.deadline,
    closesAt: closesAt(battery.deadline).toISOString(),
    target: battery.target,
    status: battery.status,
    reminderDays: battery.reminderDays,
    counts,
    instrumentVersion: instrument.version,
    createdAt: battery.createdAt.toISOString(),
    updatedAt: battery.updatedAt.toISOString(),
  };
}

export function toBatteryView(
  battery: BatteryRecord,
  instrument: BatteryInstrumentRecord,
  counts: BatteryCountsView,
): BatteryView {
  const { instrumentVersion: _version, ...summary } = toBatterySummary(battery, instrument, counts);
  return { ...summary, scoring: battery.scoring, instrument: toInstrumentView(instrument) };
}
