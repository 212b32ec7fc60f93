import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TARGETS, type AdminActor, type BankItem, type BankItemQuery } from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { isTarget } from '@evkin/catalogue';
import { orderBankItems } from '../batteries/battery-input.js';
import { checkBankItemInput, checkBankItemUpdate } from './bank-item-input.js';
import { toBankItem } from './bank-item-view.js';
import { BankItemRecord } from './bank-item.entity.js';

/**
 * The editable Part 2 item bank (DESIGN §2): the catalogue's statements, which admins may reword or deactivate,
 * and admins' own statements. Batteries copy what they use, so nothing here changes a running instrument.
 */
@Injectable()
export class ItemBankService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Statements in form order (target, sub-competency, catalogue order, then admins' by age); active only by default. */
  async list(query: BankItemQuery): Promise<BankItem[]> {
    if (query.target !== undefined && !isTarget(query.target)) {
      throw new DomainError('validation_failed', [{ field: 'target', code: 'isIn' }]);
    }
    const records = await this.dataSource.getRepository(BankItemRecord).find({
      where: {
        ...(query.target !== undefined ? { target: query.target } : {}),
        ...(query.subCompetencyId !== undefined ? { subCompetencyId: query.subCompetencyId } : {}),
        ...(query.includeInactive === true ? {} : { active: true }),
      },
    });
    const byTarget = TARGETS.flatMap((target) => orderBankItems(records.filter((r) => r.target === target)));
    return byTarget.map(toBankItem);
  }

  async create(actor: AdminActor, raw: unknown): Promise<BankItem> {
    this.audit.assertAdmin(actor);
    const checked = checkBankItemInput(raw);
    if (!checked.ok) throw new DomainError('validation_failed', checked.errors);
    const input = checked.value;
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.save(
        manager.create(BankItemRecord, {
          id: `custom.${randomUUID()}`,
          ...input,
          origin: 'admin',
          active: true,
          source: null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'item.create',
        subject: { type: 'bank_item', id: record.id },
        details: { ...input },
      });
      return toBankItem(await manager.findOneByOrFail(BankItemRecord, { id: record.id }));
    });
  }

  /** Rewords or (de)activates a statement, the catalogue's included; batteries already built keep their copy. */
  async update(actor: AdminActor, id: string, raw: unknown): Promise<BankItem> {
    this.audit.assertAdmin(actor);
    const checked = checkBankItemUpdate(raw);
    if (!checked.ok) throw new DomainError('validation_failed', checked.errors);
    const changes = checked.value;
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(BankItemRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new DomainError('not_found');
      const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => changes[k] !== before[k]);
      if (changed.length > 0) {
        await manager.update(BankItemRecord, id, { ...changes, updatedAt: () => 'now()' });
        await this.audit.record(manager, actor, {
          action: 'item.update',
          subject: { type: 'bank_item', id },
          details: {
            before: Object.fromEntries(changed.map((k) => [k, before[k]])),
            after: Object.fromEntries(changed.map((k) => [k, changes[k]])),
          },
        });
      }
      return toBankItem(await manager.findOneByOrFail(BankItemRecord, { id }));
    });
  }
}
