import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, ValidationProblem } from '@evkin/platform';
import { BankItemQueryDto } from './bank-item.dto.js';
import { BatteryInputDto } from './battery.dto.js';

/** The gateway's shape checks, run through the same pipe as every request. */
describe('battery and item-bank request bodies', () => {
  const pipe = createValidationPipe();
  const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });
  const fields = async (value: unknown, metatype: ArgumentMetadata['metatype'] = BatteryInputDto) => {
    try {
      await pipe.transform(value, body(metatype));
      return [];
    } catch (error) {
      if (error instanceof ValidationProblem) return error.fields;
      throw error;
    }
  };
  const valid = {
    name: 'Baterai 2026',
    programme: 'Pelatihan',
    periodStart: '2026-03-01',
    deadline: '2026-06-30',
    target: 'ahli_muda',
    subCompetencyIds: ['sk04'],
  };

  it('accepts a minimal battery and one with every optional field', async () => {
    expect(await fields(valid)).toEqual([]);
    expect(
      await fields({
        ...valid,
        status: 'inactive',
        part2ItemIds: ['pk.ahli_muda.sk04.01'],
        part1Codes: ['001'],
        scoring: { weights: { peer: 0.25 }, bands: { baik: 60 }, activityProfileMode: 'majority' },
        reminderDays: [7, 1],
      }),
    ).toEqual([]);
  });

  it('names nested scoring fields as the assessment service does, and refuses unknown ones', async () => {
    expect(await fields({ ...valid, scoring: { weights: { peer: 'half', boss: 1 } } })).toEqual(
      expect.arrayContaining([
        { field: 'scoring.weights.peer', code: 'isNumber' },
        { field: 'scoring.weights.boss', code: 'whitelistValidation' },
      ]),
    );
  });

  it('refuses a wrong target, non-text ids and fractional reminder days', async () => {
    expect(await fields({ ...valid, target: 'ahli', subCompetencyIds: [4], reminderDays: [1.5] })).toEqual(
      expect.arrayContaining([
        { field: 'target', code: 'isIn' },
        { field: 'subCompetencyIds', code: 'isString' },
        { field: 'reminderDays', code: 'isInt' },
      ]),
    );
  });

  it('reads includeInactive from the query string as a boolean, and refuses other words', async () => {
    const query = (value: unknown) => pipe.transform(value, { type: 'query', metatype: BankItemQueryDto });
    await expect(query({ includeInactive: 'true' })).resolves.toMatchObject({ includeInactive: true });
    await expect(query({ includeInactive: 'false' })).resolves.toMatchObject({ includeInactive: false });
    expect(await fields({ includeInactive: 'yes' }, BankItemQueryDto)).toEqual([
      { field: 'includeInactive', code: 'isBoolean' },
    ]);
  });
});
