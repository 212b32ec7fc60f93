import { ScoringInputError, scoreEvaluation } from '@evkin/scoring';
import { battery, completed, evaluation, participant, WORKED_ANSWERS } from '../../test/fixtures/events.js';
import { presentBreakdown, presentOutcome, storeBreakdown } from './present-result.js';
import { scoringInputFrom } from './score-completion.js';

function score(data = completed(evaluation(battery()))) {
  const input = scoringInputFrom(data);
  const result = scoreEvaluation(input);
  return { outcome: presentOutcome(result.participant, input.settings.bands), breakdown: storeBreakdown(result.admin) };
}

describe('scoring a completion event', () => {
  it('computes the worked example: categories, conclusion and activity profile with catalogue ids', () => {
    const { outcome } = score();
    expect(outcome.subCompetencies).toHaveLength(15);
    expect(outcome.subCompetencies[0]).toEqual({
      subCompetencyId: 'sk01',
      status: 'not_assessed',
      index: null,
      category: null,
    });
    expect(outcome.subCompetencies.find((s) => s.subCompetencyId === 'sk02')).toEqual({
      subCompetencyId: 'sk02',
      status: 'scored',
      index: 75,
      category: 'baik',
    });
    expect(outcome.subCompetencies.find((s) => s.subCompetencyId === 'sk05')).toMatchObject({
      index: 50,
      category: 'sedang',
    });
    expect(outcome.conclusion).toEqual({ index: 62.5, category: 'baik', scoredCount: 2 });
    expect(outcome.activityProfile).toEqual({
      mode: 'self',
      jenjang: 'ahli_pertama',
      total: 4,
      rows: [
        { jenjang: 'ahli_pertama', count: 3, percent: 75 },
        { jenjang: 'ahli_muda', count: 1, percent: 25 },
        { jenjang: 'ahli_madya', count: 0, percent: 0 },
        { jenjang: 'ahli_utama', count: 0, percent: 0 },
      ],
      ownLevelCount: 3,
      ownLevelPercent: 75,
      condition: 'ideal',
    });
  });

  it('keeps the per-role breakdown apart, with the self-vs-others gap per sub-competency', () => {
    const { outcome, breakdown } = score();
    expect(JSON.stringify(outcome)).not.toContain('byRole');
    const shown = presentBreakdown(breakdown);
    expect(shown.subCompetencies.map((s) => [s.subCompetencyId, s.selfVsOthersGap])).toEqual([
      ['sk02', 33.3],
      ['sk05', 22.2],
    ]);
    expect(shown.subCompetencies[0]!.byRole.self).toEqual({ index: 100, answeredItems: 2 });
    expect(shown.overall.selfVsOthersGap).toBe(27.8);
  });

  it('gives a Petugas Antar Kerja no activity profile (their Part 1 is the task list)', () => {
    const e = evaluation(battery(), participant({ target: 'petugas', nip: null }));
    const answers = Object.fromEntries(
      Object.entries(WORKED_ANSWERS).map(([role, a]) => [role, { ...a, part1: ['a.1', 'b.2'] }]),
    ) as typeof WORKED_ANSWERS;
    const { outcome } = score(completed(e, answers));
    expect(outcome.activityProfile).toBeNull();
    expect(outcome.conclusion?.category).toBe('baik');
  });

  it('refuses an instrument with an unknown sub-competency id', () => {
    const data = completed(evaluation(battery()));
    data.instrument.part2Items[0] = { id: 'i1', subCompetencyId: 'sk99' };
    expect(() => scoringInputFrom(data)).toThrow(ScoringInputError);
  });

  it('refuses two submissions for the same role', () => {
    const data = completed(evaluation(battery()));
    data.assignments[1] = { ...data.assignments[1]!, role: 'self' };
    expect(() => scoringInputFrom(data)).toThrow(ScoringInputError);
  });
});
