import { ACTIVITY_LEVELS, JENJANG } from '@evkin/contracts';

describe('the shared activity-level table', () => {
  it('holds the 80 activities of seed 001, 21 / 31 / 21 / 7 by level (Pasal 8 ayat (1))', () => {
    const codes = Object.keys(ACTIVITY_LEVELS);
    expect(codes).toHaveLength(80);
    expect(codes.every((code) => /^\d{3}$/.test(code))).toBe(true);
    const perLevel = JENJANG.map((level) => codes.filter((code) => ACTIVITY_LEVELS[code] === level).length);
    expect(perLevel).toEqual([21, 31, 21, 7]);
  });
});
