import type { BankItemInput, BankItemUpdate, Target } from '@evkin/contracts';
import { CATALOGUE, isTarget, subCompetenciesFor } from '@evkin/catalogue';

/** A statement is one sentence or two; this bounds it well above any catalogue statement. */
export const MAX_STATEMENT_LENGTH = 1000;

export interface FieldProblem {
  field: string;
  code: string;
}

type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldProblem[] };

/** A new admin statement: a known target, a sub-competency in that target's Part 2 scope, both texts. */
export function checkBankItemInput(raw: unknown): Checked<BankItemInput> {
  const input = isRecord(raw) ? raw : {};
  const errors: FieldProblem[] = [];
  const target: Target | null = isTarget(input['target']) ? input['target'] : null;
  if (target === null) errors.push({ field: 'target', code: 'isIn' });
  const subCompetencyId = input['subCompetencyId'];
  if (typeof subCompetencyId !== 'string' || CATALOGUE.subCompetency(subCompetencyId) === undefined) {
    errors.push({ field: 'subCompetencyId', code: 'unknown_sub_competency' });
  } else if (target !== null && !subCompetenciesFor(target).some((s) => s.id === subCompetencyId)) {
    errors.push({ field: 'subCompetencyId', code: 'sub_competency_not_measured' });
  }
  const text = statement(input['text'], 'text', errors);
  const en = statement(input['en'], 'en', errors);
  if (errors.length > 0 || target === null || text === null || en === null) return { ok: false, errors };
  return { ok: true, value: { target, subCompetencyId: subCompetencyId as string, text, en } };
}

/** Changes to a statement: new wording in either language, or (de)activation. Omitted fields stay. */
export function checkBankItemUpdate(raw: unknown): Checked<BankItemUpdate> {
  const input = isRecord(raw) ? raw : {};
  const errors: FieldProblem[] = [];
  const value: BankItemUpdate = {};
  if (input['text'] !== undefined) value.text = statement(input['text'], 'text', errors) ?? '';
  if (input['en'] !== undefined) value.en = statement(input['en'], 'en', errors) ?? '';
  if (input['active'] !== undefined) {
    if (typeof input['active'] === 'boolean') value.active = input['active'];
    else errors.push({ field: 'active', code: 'isBoolean' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

function statement(raw: unknown, field: string, errors: FieldProblem[]): string | null {
  if (typeof raw !== 'string') {
    errors.push({ field, code: raw === undefined || raw === null ? 'isNotEmpty' : 'isString' });
    return null;
  }
  const text = raw.trim();
  if (text === '') errors.push({ field, code: 'isNotEmpty' });
  else if (text.length > MAX_STATEMENT_LENGTH) errors.push({ field, code: 'maxLength' });
  else return text;
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
