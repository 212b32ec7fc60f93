import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  BATTERY_STATUSES,
  type AdminActor,
  type BatteryInput,
  type BatteryStatus,
  type BatterySummary,
  type BatteryView,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { BankItemRecord } from '../item-bank/bank-item.entity.js';
import { BatteryCounts } from './battery-counts.js';
import { resolveBatteryInput, sameList, type BatteryBaseline, type ResolvedBattery } from './battery-input.js';
import { BatteryInstrumentRecord } from './battery-instrument.entity.js';
import { BatteryLookup, type FoundBattery } from './battery-lookup.js';
import { toBatterySummary, toBatteryView } from './battery-view.js';
import { BatteryRecord } from './battery.entity.js';

/** The fields of a battery outside its instrument: they change in place, whatever the instrument's state. */
const BATTERY_FIELDS = [
  'name',
  'programme',
  'periodStart',
  'deadline',
  'target',
  'status',
  'scoring',
  'reminderDays',
] as const;

/**
 * Batteries (seed 000 G.1.c): build, change, activate and list them. Viewers may read; every change needs the
 * admin role and writes an audit entry in its own transaction. Bad input is refused with field errors and
 * changes nothing.
 */
@Injectable()
export class BatteriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lookup: BatteryLookup,
    private readonly counts: BatteryCounts,
  ) {}

  async list(): Promise<BatterySummary[]> {
    const manager = this.dataSource.manager;
    const batteries = await manager.find(BatteryRecord, { order: { createdAt: 'DESC', id: 'ASC' } });
    if (batteries.length === 0) return [];
    const instruments = await manager
      .createQueryBuilder(BatteryInstrumentRecord, 'i')
      .where('i.id IN (:...ids)', { ids: batteries.map((b) => b.currentInstrumentId) })
      .getMany();
    const instrumentById = new Map(instruments.map((i) => [i.id, i]));
    const counts = await this.counts.of(
      manager,
      batteries.map((b) => b.id),
    );
    return batteries.flatMap((b) => {
      const instrument = instrumentById.get(b.currentInstrumentId ?? '');
      return instrument ? [toBatterySummary(b, instrument, counts.get(b.id)!)] : [];
    });
  }

  async get(id: string): Promise<BatteryView> {
    return this.view(this.dataSource.manager, await this.found(this.dataSource.manager, id));
  }

  async create(actor: AdminActor, input: BatteryInput): Promise<BatteryView> {
    this.audit.assertAdmin(actor);
    return this.inTransaction(async (manager) => {
      const value = await this.resolve(manager, input);
      const battery = await manager.save(manager.create(BatteryRecord, { ...pick(value), currentInstrumentId: null }));
      const instrument = await manager.save(
        manager.create(BatteryInstrumentRecord, { batteryId: battery.id, version: 1, ...instrumentOf(value) }),
      );
      await manager.update(BatteryRecord, battery.id, { currentInstrumentId: instrument.id });
      await this.audit.record(manager, actor, {
        action: 'battery.create',
        subject: { type: 'battery', id: battery.id },
        details: { name: value.name, target: value.target, instrumentVersion: 1 },
      });
      return this.view(manager, await this.found(manager, battery.id));
    });
  }

  /**
   * Replaces a battery's fields. The instrument changes in place while no rater has answered it; once frozen, a
   * different instrument becomes version n+1 and the battery points at it (answers keep their version).
   */
  async update(actor: AdminActor, id: string, input: BatteryInput): Promise<BatteryView> {
    this.audit.assertAdmin(actor);
    return this.inTransaction(async (manager) => {
      const current = await this.found(manager, id, true);
      const value = await this.resolve(manager, input, current);
      const before = current.instrument;
      const sameInstrument =
        sameList(value.subCompetencyIds, before.subCompetencyIds) &&
        sameList(value.part1Codes, before.part1Codes) &&
        sameList(
          value.part2Items.map((i) => i.id),
          before.part2Items.map((i) => i.id),
        );
      let instrumentId = before.id;
      let newVersion = false;
      if (before.frozenAt === null) {
        // Nobody has answered yet: the snapshot may take the bank's latest wording too.
        await manager.update(BatteryInstrumentRecord, before.id, instrumentOf(value));
      } else if (!sameInstrument) {
        const next = await manager.save(
          manager.create(BatteryInstrumentRecord, {
            batteryId: id,
            version: before.version + 1,
            ...instrumentOf(value),
          }),
        );
        instrumentId = next.id;
        newVersion = true;
      }
      await manager.update(BatteryRecord, id, {
        ...pick(value),
        currentInstrumentId: instrumentId,
        updatedAt: () => 'now()',
      });
      await this.audit.record(manager, actor, {
        action: 'battery.update',
        subject: { type: 'battery', id },
        details: {
          changed: [
            ...BATTERY_FIELDS.filter((f) => canonical(current.battery[f]) !== canonical(value[f])),
            ...(sameInstrument ? [] : ['instrument']),
          ],
          instrumentVersion: before.version + (newVersion ? 1 : 0),
          newInstrumentVersion: newVersion,
        },
      });
      return this.view(manager, await this.found(manager, id));
    });
  }

  async setStatus(actor: AdminActor, id: string, status: BatteryStatus): Promise<BatteryView> {
    this.audit.assertAdmin(actor);
    if (!(BATTERY_STATUSES as readonly unknown[]).includes(status)) {
      throw new DomainError('validation_failed', [{ field: 'status', code: 'isIn' }]);
    }
    return this.inTransaction(async (manager) => {
      const current = await this.found(manager, id, true);
      if (current.battery.status !== status) {
        await manager.update(BatteryRecord, id, { status, updatedAt: () => 'now()' });
        await this.audit.record(manager, actor, {
          action: 'battery.status',
          subject: { type: 'battery', id },
          details: { from: current.battery.status, to: status },
        });
      }
      return this.view(manager, await this.found(manager, id));
    });
  }

  /** Checks the input against the bank and the names in use; throws `validation_failed` with every problem. */
  private async resolve(
    manager: EntityManager,
    input: BatteryInput,
    current?: BatteryBaseline,
  ): Promise<ResolvedBattery> {
    const raw: unknown = input;
    const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<string, unknown>>;
    const named = Array.isArray(fields['part2ItemIds'])
      ? (fields['part2ItemIds'] as unknown[]).filter((v) => typeof v === 'string')
      : [];
    const bank = await manager
      .createQueryBuilder(BankItemRecord, 'i')
      .where('i.target = :target', { target: typeof fields['target'] === 'string' ? fields['target'] : '' })
      .orWhere('i.id IN (:...named)', { named: [...named, ''] })
      .getMany();
    const result = resolveBatteryInput(input, bank, current);
    const errors = result.ok ? [] : [...result.errors];
    if (typeof fields['name'] === 'string' && (await this.nameTaken(manager, fields['name'], current?.battery.id))) {
      errors.unshift({ field: 'name', code: 'name_taken' });
    }
    if (!result.ok || errors.length > 0) throw new DomainError('validation_failed', errors);
    return result.value;
  }

  private async nameTaken(manager: EntityManager, name: string, exceptId?: string): Promise<boolean> {
    const other = await this.lookup.byName(name, manager);
    return other !== null && other.battery.id !== exceptId;
  }

  private async found(manager: EntityManager, id: string, lock = false): Promise<FoundBattery> {
    const found = await this.lookup.byId(id, manager, { lock });
    if (!found) throw new DomainError('not_found');
    return found;
  }

  private async view(manager: EntityManager, found: FoundBattery): Promise<BatteryView> {
    const counts = await this.counts.of(manager, [found.battery.id]);
    return toBatteryView(found.battery, found.instrument, counts.get(found.battery.id)!);
  }

  /** A transaction in which a race on the unique name (two admins, same name) still ends as a field error. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'battery_name_key'
      ) {
        throw new DomainError('validation_failed', [{ field: 'name', code: 'name_taken' }]);
      }
      throw error;
    }
  }
}

function pick(value: ResolvedBattery): Pick<BatteryRecord, (typeof BATTERY_FIELDS)[number]> {
  return {
    name: value.name,
    programme: value.programme,
    periodStart: value.periodStart,
    deadline: value.deadline,
    target: value.target,
    status: value.status,
    scoring: value.scoring,
    reminderDays: value.reminderDays,
  };
}

function instrumentOf(
  value: ResolvedBattery,
): Pick<BatteryInstrumentRecord, 'subCompetencyIds' | 'part1Codes' | 'part2Items'> {
  return { subCompetencyIds: value.subCompetencyIds, part1Codes: value.part1Codes, part2Items: value.part2Items };
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
