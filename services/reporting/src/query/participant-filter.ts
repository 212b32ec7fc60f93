import { TARGETS, type ResultFilter } from '@evkin/contracts';
import { DomainError } from '@evkin/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses an id PostgreSQL would choke on, as a field error instead of an internal failure. */
export function assertUuid(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new DomainError('validation_failed', [{ field, code: 'isUuid' }]);
  }
}

/** The filter as given, checked: unknown levels and over-long values are refused, blanks ignored. */
export function checkFilter(filter: ResultFilter | undefined): ResultFilter {
  const checked: ResultFilter = {};
  const errors: { field: string; code: string }[] = [];
  for (const field of ['province', 'unit'] as const) {
    const value: unknown = filter?.[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') errors.push({ field, code: 'isString' });
    else if (value.length > 200) errors.push({ field, code: 'maxLength' });
    else checked[field] = value;
  }
  const target: unknown = filter?.target;
  if (target !== undefined && target !== null && target !== '') {
    if ((TARGETS as readonly unknown[]).includes(target)) checked.target = target as ResultFilter['target'];
    else errors.push({ field: 'target', code: 'isIn' });
  }
  if (errors.length > 0) throw new DomainError('validation_failed', errors);
  return checked;
}

/**
 * `WHERE` conditions on `reporting.participant` aliased `p`, appended to `params` (so the caller's
 * own parameters keep their positions). Always starts with the battery.
 */
export function participantWhere(batteryId: string, filter: ResultFilter, params: unknown[]): string {
  params.push(batteryId);
  const conditions = [`p.battery_id = $${params.length}`];
  if (filter.province !== undefined) {
    params.push(filter.province);
    conditions.push(`p.province = $${params.length}`);
  }
  if (filter.unit !== undefined) {
    params.push(filter.unit);
    conditions.push(`p.unit = $${params.length}`);
  }
  if (filter.target !== undefined) {
    params.push(filter.target);
    conditions.push(`p.target = $${params.length}`);
  }
  return conditions.join(' AND ');
}
