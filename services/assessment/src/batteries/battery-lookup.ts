import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BatteryInstrumentRecord } from './battery-instrument.entity.js';
import { BatteryRecord } from './battery.entity.js';
import { closesAt } from './closes-at.js';

export { closesAt } from './closes-at.js';

/** A battery with the instrument raters fill in now, and the instant it closes. */
export interface FoundBattery {
  battery: BatteryRecord;
  instrument: BatteryInstrumentRecord;
  closesAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reading batteries for other features (imports, invitations, the portal). Every method takes an optional
 * `EntityManager` so callers can read inside their own transaction; none of them changes anything.
 */
@Injectable()
export class BatteryLookup {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The battery with this id and its current instrument, or null. `lock` takes row locks on both until the
   * caller's transaction ends (used by updates, so a concurrent freeze or edit waits).
   */
  async byId(id: string, manager?: EntityManager, options: { lock?: boolean } = {}): Promise<FoundBattery | null> {
    if (!UUID.test(id)) return null;
    const m = manager ?? this.dataSource.manager;
    const lock = options.lock ? { mode: 'pessimistic_write' as const } : undefined;
    const battery = await m.findOne(BatteryRecord, { where: { id }, ...(lock ? { lock } : {}) });
    return battery ? this.withInstrument(battery, m, lock) : null;
  }

  /** The battery with this name, compared without case or surrounding spaces (names are unique that way). */
  async byName(name: string, manager?: EntityManager): Promise<FoundBattery | null> {
    const m = manager ?? this.dataSource.manager;
    const battery = await m
      .createQueryBuilder(BatteryRecord, 'b')
      .where('lower(b.name) = lower(:name)', { name: name.trim() })
      .getOne();
    return battery ? this.withInstrument(battery, m) : null;
  }

  /** One instrument version by id: what a rater who answered against it was shown. */
  async instrument(id: string, manager?: EntityManager): Promise<BatteryInstrumentRecord | null> {
    if (!UUID.test(id)) return null;
    return (manager ?? this.dataSource.manager).findOne(BatteryInstrumentRecord, { where: { id } });
  }

  private async withInstrument(
    battery: BatteryRecord,
    manager: EntityManager,
    lock?: { mode: 'pessimistic_write' },
  ): Promise<FoundBattery> {
    // Every battery gets its first instrument in the transaction that creates it.
    const instrumentId = battery.currentInstrumentId;
    if (instrumentId === null) throw new Error(`battery ${battery.id} has no instrument`);
    const instrument = await manager.findOneOrFail(BatteryInstrumentRecord, {
      where: { id: instrumentId },
      ...(lock ? { lock } : {}),
    });
    return { battery, instrument, closesAt: closesAt(battery.deadline) };
  }
}
