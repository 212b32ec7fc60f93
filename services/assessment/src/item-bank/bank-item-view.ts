import type { BankItem } from '@evkin/contracts';
import type { BankItemRecord } from './bank-item.entity.js';

export function toBankItem(record: BankItemRecord): BankItem {
  return {
    id: record.id,
    target: record.target,
    subCompetencyId: record.subCompetencyId,
    text: record.text,
    en: record.en,
    origin: record.origin,
    active: record.active,
    source: record.source,
    updatedAt: record.updatedAt.toISOString(),
  };
}
