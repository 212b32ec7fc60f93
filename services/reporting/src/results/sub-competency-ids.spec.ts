import { ScoringInputError } from '@evkin/scoring';
import { subCompetencyCode, subCompetencyNumber } from './sub-competency-ids.js';

describe('sub-competency ids at the boundary', () => {
  it('maps "sk01" … "sk15" to scoring numbers 1–15 and back', () => {
    for (let no = 1; no <= 15; no++) expect(subCompetencyNumber(subCompetencyCode(no))).toBe(no);
    expect(subCompetencyNumber('sk04')).toBe(4);
    expect(subCompetencyCode(12)).toBe('sk12');
  });

  it.each(['sk00', 'sk16', 'sk4', 'SK04', 'k04', ''])('refuses %p', (id) => {
    expect(() => subCompetencyNumber(id)).toThrow(ScoringInputError);
  });
});
