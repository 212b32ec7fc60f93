import { RATER_ROLES, type RaterRole } from '@evkin/contracts';
import { presentIndex } from './bands.js';
import { ScoringInputError } from './errors.js';
import { CATEGORY_LABELS, CONCLUSION_LABELS, NOT_ASSESSED_LABELS } from './labels.js';
import {
  scoreEvaluation,
  weightedMean,
  type Part2Item,
  type RaterResponse,
  type ScoredSubCompetency,
  type ScoringInput,
  type ScoringResult,
} from './score.js';
import { DEFAULT_SCORING_SETTINGS, InvalidScoringSettingsError, resolveScoringSettings } from './settings.js';

type Answers = Record<number, readonly (number | null)[]>;

/** Items `<sub>.<n>` for each sub-competency: sub-competency id → number of items. */
function items(counts: Record<number, number>): Part2Item[] {
  return Object.entries(counts).flatMap(([sub, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${sub}.${i + 1}`, subCompetencyId: Number(sub) })),
  );
}

/** A rater's Part 2 answers: sub-competency id → answers to its items in order (null = skipped). */
function rater(answers: Answers, part1: string[] = []): RaterResponse {
  const part2: Record<string, number> = {};
  for (const [sub, values] of Object.entries(answers)) {
    values.forEach((value, i) => {
      if (value !== null) part2[`${sub}.${i + 1}`] = value;
    });
  }
  return { part2, part1 };
}

/** The same answers from all four roles, except where a role is given its own. */
function everyone(
  answers: Answers,
  except: Partial<Record<RaterRole, Answers>> = {},
): Record<RaterRole, RaterResponse> {
  return {
    self: rater(except.self ?? answers),
    supervisor: rater(except.supervisor ?? answers),
    peer: rater(except.peer ?? answers),
    service_user: rater(except.service_user ?? answers),
  };
}

const BATTERY_ITEMS = items({ 2: 2, 4: 3, 12: 2 });

function input(responses: ScoringInput['responses'], overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    settings: DEFAULT_SCORING_SETTINGS,
    target: 'ahli_pertama',
    assessedSubCompetencyIds: [2, 4, 12],
    items: BATTERY_ITEMS,
    responses,
    activityLevels: {},
    ...overrides,
  };
}

function scored(result: ScoringResult, id: number): ScoredSubCompetency {
  const row = result.participant.subCompetencies.find((s) => s.subCompetencyId === id);
  if (row?.status !== 'scored') throw new Error(`sub-competency ${id} is ${row?.status ?? 'missing'}`);
  return row;
}

/** What the report prints for a sub-competency: index to one decimal and the category label. */
function shown(result: ScoringResult, id: number): [number, string] {
  const row = scored(result, id);
  return [presentIndex(row.index), CATEGORY_LABELS.id[row.category]];
}

const UNEQUAL = resolveScoringSettings({ weights: { self: 0.1, supervisor: 0.4, peer: 0.25, service_user: 0.25 } });
const REST = { 2: [3, 3], 12: [3, 3] };

describe('sub-competency score', () => {
  const spread = everyone(
    { ...REST, 4: [4, 4, 4] },
    {
      supervisor: { ...REST, 4: [2, 2, 2] },
      peer: { ...REST, 4: [3, 3, 3] },
      service_user: { ...REST, 4: [1, 1, 1] },
    },
  );

  it('is the weighted mean of the raters’ means, as an index with a category', () => {
    // (4 + 2 + 3 + 1) / 4 = 2.5 → (2.5 − 1) / 3 × 100 = 50
    const result = scoreEvaluation(input(spread));
    expect(scored(result, 4).mean).toBeCloseTo(2.5, 12);
    expect(shown(result, 4)).toEqual([50, 'Sedang']);
  });

  it('changes with unequal weights exactly as computed by hand', () => {
    // 0.4·4 + 0.2·2 + 0.2·3 + 0.2·1 = 2.8 → 60 (Baik, on the edge)
    const heavySelf = resolveScoringSettings({ weights: { self: 0.4, supervisor: 0.2, peer: 0.2, service_user: 0.2 } });
    expect(shown(scoreEvaluation(input(spread, { settings: heavySelf })), 4)).toEqual([60, 'Baik']);
    // 0.1·4 + 0.4·2 + 0.25·3 + 0.25·1 = 2.2 → 40 (Sedang, on the edge)
    expect(shown(scoreEvaluation(input(spread, { settings: UNEQUAL })), 4)).toEqual([40, 'Sedang']);
  });

  it.each([
    // All answer 3 (index 66.7); one role answers 4 instead: index = (2 + weight) / 3 × 100.
    ['self', 70, 'Baik'],
    ['supervisor', 80, 'Sangat Baik'],
    ['peer', 75, 'Baik'],
    ['service_user', 75, 'Baik'],
  ] as const)('counts the %s answers with their weight', (role, index, label) => {
    const baseline = scoreEvaluation(input(everyone({ ...REST, 4: [3, 3, 3] }), { settings: UNEQUAL }));
    expect(shown(baseline, 4)).toEqual([66.7, 'Baik']);
    const result = scoreEvaluation(
      input(everyone({ ...REST, 4: [3, 3, 3] }, { [role]: { ...REST, 4: [4, 4, 4] } }), { settings: UNEQUAL }),
    );
    expect(shown(result, 4)).toEqual([index, label]);
  });

  it('gives 80 (Sangat Baik) when every rater averages 3.4', () => {
    const five = items({ 4: 5 });
    const result = scoreEvaluation(
      input(everyone({ 4: [4, 3, 3, 4, 3] }), { items: five, assessedSubCompetencyIds: [4] }),
    );
    expect(scored(result, 4).mean).toBeCloseTo(3.4, 12);
    expect(shown(result, 4)).toEqual([80, 'Sangat Baik']);
  });

  it('puts an exact 80 that floating point computes as 79.99999999999999 in Sangat Baik', () => {
    const settings = resolveScoringSettings({ weights: { self: 0.2, supervisor: 0.3, peer: 0.3, service_user: 0.2 } });
    // 0.2·1 + 0.3·4 + 0.3·4 + 0.2·4 = 3.4 exactly → 80
    const result = scoreEvaluation(
      input(everyone({ ...REST, 4: [4, 4, 4] }, { self: { ...REST, 4: [1, 1, 1] } }), { settings }),
    );
    expect(scored(result, 4).index).toBeCloseTo(80, 9);
    expect(shown(result, 4)).toEqual([80, 'Sangat Baik']);
  });

  it('averages only the items a rater answered', () => {
    // self: (4 + 2) / 2 = 3; everyone else 3 → 3 → 66.7
    const result = scoreEvaluation(input(everyone({ ...REST, 4: [3, 3, 3] }, { self: { ...REST, 4: [4, null, 2] } })));
    expect(scored(result, 4).mean).toBeCloseTo(3, 12);
    expect(result.admin.subCompetencies.find((s) => s.subCompetencyId === 4)?.byRole.self?.answeredItems).toBe(2);
  });
});

describe('a role that answered none of a sub-competency’s items', () => {
  const answers = everyone(
    { ...REST, 4: [4, 4, 4] },
    { supervisor: { ...REST, 4: [3, 3, 3] }, peer: { ...REST, 4: [2, 2, 2] }, service_user: REST },
  );

  it('drops out and the other weights are rescaled to add up to 1', () => {
    // (0.1·4 + 0.4·3 + 0.25·2) / (0.1 + 0.4 + 0.25) = 2.1 / 0.75 = 2.8 → 60
    // (without rescaling: 2.1 → 36.7 Kurang, as if the service user had answered below the scale)
    const result = scoreEvaluation(input(answers, { settings: UNEQUAL }));
    expect(scored(result, 4).mean).toBeCloseTo(2.8, 12);
    expect(shown(result, 4)).toEqual([60, 'Baik']);
    const used = result.admin.subCompetencies.find((s) => s.subCompetencyId === 4)?.weightsUsed;
    expect(used?.self).toBeCloseTo(0.1 / 0.75, 12);
    expect(used?.supervisor).toBeCloseTo(0.4 / 0.75, 12);
    expect(used?.peer).toBeCloseTo(0.25 / 0.75, 12);
    expect(used?.service_user).toBe(0);
    // Sub-competency 2, which the service user did answer, still uses all four weights.
    expect(result.admin.subCompetencies.find((s) => s.subCompetencyId === 2)?.weightsUsed.service_user).toBe(0.25);
  });

  it('drops out the same way when the role has no response at all', () => {
    const withoutServiceUser = { self: answers.self, supervisor: answers.supervisor, peer: answers.peer };
    const result = scoreEvaluation(input(withoutServiceUser, { settings: UNEQUAL }));
    expect(shown(result, 4)).toEqual([60, 'Baik']);
    expect(shown(result, 2)).toEqual([66.7, 'Baik']);
  });

  it('leaves the sub-competency unscored when only zero-weight raters answered it', () => {
    const settings = resolveScoringSettings({ weights: { self: 0, supervisor: 0.5, peer: 0.25, service_user: 0.25 } });
    const responses = everyone({ 2: [4, 4], 4: [4, 4, 4] }, { self: { 2: [4, 4], 4: [4, 4, 4], 12: [1, 1] } });
    const result = scoreEvaluation(input(responses, { settings }));
    expect(result.participant.subCompetencies.find((s) => s.subCompetencyId === 12)?.status).toBe('no_answers');
    expect(result.participant.conclusion).toEqual({ index: 100, category: 'sangat_baik', scoredCount: 2 });
  });

  it('weightedMean returns null when no weighted value is present', () => {
    expect(weightedMean({}, DEFAULT_SCORING_SETTINGS.weights)).toBeNull();
    expect(weightedMean({ peer: 3 }, DEFAULT_SCORING_SETTINGS.weights)?.mean).toBe(3);
  });
});

describe('sub-competencies outside the battery', () => {
  const result = scoreEvaluation(input(everyone({ 2: [4, 4], 4: [3, 3, 3], 12: [2, 2] })));

  it('are listed, in report order, as not assessed', () => {
    expect(result.participant.subCompetencies.map((s) => `${s.subCompetencyId}:${s.status}`)).toEqual([
      '1:not_assessed',
      '2:scored',
      '3:not_assessed',
      '4:scored',
      '5:not_assessed',
      '6:not_assessed',
      '7:not_assessed',
      '8:not_assessed',
      '9:not_assessed',
      '10:not_assessed',
      '11:not_assessed',
      '12:scored',
      '13:not_assessed',
      '14:not_assessed',
      '15:not_assessed',
    ]);
    expect(NOT_ASSESSED_LABELS.id).toEqual({
      description: 'Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja',
      category: '-',
    });
  });

  it('do not count in the conclusion', () => {
    // (100 + 66.7 + 33.3) / 3 = 66.7
    expect(result.participant.conclusion?.scoredCount).toBe(3);
    expect(presentIndex(result.participant.conclusion?.index ?? -1)).toBe(66.7);
    expect(result.admin.subCompetencies.map((s) => s.subCompetencyId)).toEqual([2, 4, 12]);
  });

  it('follow the report list a caller gives', () => {
    const custom = scoreEvaluation(
      input(everyone({ 2: [4, 4], 4: [3, 3, 3], 12: [2, 2] }), { subCompetencyIds: [2, 4, 12, 13] }),
    );
    expect(custom.participant.subCompetencies.map((s) => s.status)).toEqual([
      'scored',
      'scored',
      'scored',
      'not_assessed',
    ]);
  });
});

describe('conclusion (KESIMPULAN)', () => {
  it('is the mean index of the assessed sub-competencies, with the conclusion labels', () => {
    // 100, 0 and 66.7 → 55.6 → Sedang → Berkinerja Sedang
    const result = scoreEvaluation(input(everyone({ 2: [4, 4], 4: [1, 1, 1], 12: [3, 3] })));
    const conclusion = result.participant.conclusion;
    expect(presentIndex(conclusion?.index ?? -1)).toBe(55.6);
    expect(conclusion && CONCLUSION_LABELS.id[conclusion.category]).toBe('Berkinerja Sedang');
  });

  const five = items({ 2: 5, 4: 5 });
  const conclude = (responses: ScoringInput['responses']) =>
    scoreEvaluation(input(responses, { items: five, assessedSubCompetencyIds: [2, 4] })).participant.conclusion;

  it('is Berkinerja Sangat Tinggi at exactly 80', () => {
    // sub-competency 2: 100; sub-competency 4: mean 2.8 → 60; (100 + 60) / 2 = 80
    const conclusion = conclude(everyone({ 2: [4, 4, 4, 4, 4], 4: [3, 3, 3, 2, 3] }));
    expect(presentIndex(conclusion?.index ?? -1)).toBe(80);
    expect(conclusion && CONCLUSION_LABELS.id[conclusion.category]).toBe('Berkinerja Sangat Tinggi');
  });

  it('is Berkinerja Tinggi just below 80', () => {
    // one rater answers 2.6 instead of 2.8: sub-competency 4 → 2.75 → 58.3; (100 + 58.3) / 2 = 79.2
    const conclusion = conclude(
      everyone({ 2: [4, 4, 4, 4, 4], 4: [3, 3, 3, 2, 3] }, { peer: { 2: [4, 4, 4, 4, 4], 4: [3, 3, 2, 2, 3] } }),
    );
    expect(presentIndex(conclusion?.index ?? -1)).toBe(79.2);
    expect(conclusion && CONCLUSION_LABELS.id[conclusion.category]).toBe('Berkinerja Tinggi');
  });

  it('is absent when nothing could be scored', () => {
    expect(scoreEvaluation(input({})).participant.conclusion).toBeNull();
  });
});

describe('confidentiality: participant result vs admin breakdown', () => {
  const answers = everyone(
    { ...REST, 4: [4, 4, 4] },
    {
      supervisor: { ...REST, 4: [2, 2, 2] },
      peer: { ...REST, 4: [3, 3, 3] },
      service_user: { ...REST, 4: [1, 1, 1] },
    },
  );

  function keysOf(value: unknown, into = new Set<string>()): Set<string> {
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        into.add(key);
        keysOf(inner, into);
      }
    }
    return into;
  }

  it('keeps per-role scores out of the participant result', () => {
    const keys = keysOf(scoreEvaluation(input(answers)).participant);
    for (const forbidden of [...RATER_ROLES, 'byRole', 'othersIndex', 'selfVsOthersGap', 'weightsUsed']) {
      expect(keys.has(forbidden)).toBe(false);
    }
  });

  it('gives the participant the same result whichever of peer and service user said what', () => {
    const swapped = { ...answers, peer: answers.service_user, service_user: answers.peer };
    const a = scoreEvaluation(input(answers));
    const b = scoreEvaluation(input(swapped));
    expect(b.participant).toEqual(a.participant);
    expect(a.admin.subCompetencies[1]?.byRole.peer?.index).toBeCloseTo(200 / 3, 9);
    expect(b.admin.subCompetencies[1]?.byRole.peer?.index).toBe(0);
  });

  it('gives admins each role’s index and the self-vs-others gap', () => {
    const row = scoreEvaluation(input(answers)).admin.subCompetencies.find((s) => s.subCompetencyId === 4);
    expect(row?.byRole.self?.index).toBe(100);
    expect(row?.byRole.supervisor?.index).toBeCloseTo(100 / 3, 9);
    expect(row?.byRole.service_user?.index).toBe(0);
    // others: (2 + 3 + 1) / 3 = 2 → 33.3; gap 100 − 33.3 = 66.7
    expect(presentIndex(row?.othersIndex ?? -1)).toBe(33.3);
    expect(row?.selfVsOthersGap).toBeCloseTo(200 / 3, 9);
  });

  it('weighs the others with their own weights, rescaled over the three', () => {
    // others: (0.4·4 + 0.25·1 + 0.25·1) / 0.9 = 2.333… → 44.4; self 100 → gap 55.6
    const responses = everyone(
      { ...REST, 4: [1, 1, 1] },
      { self: { ...REST, 4: [4, 4, 4] }, supervisor: { ...REST, 4: [4, 4, 4] } },
    );
    const result = scoreEvaluation(input(responses, { settings: UNEQUAL }));
    const row = result.admin.subCompetencies.find((s) => s.subCompetencyId === 4);
    expect(row?.othersIndex).toBeCloseTo(400 / 9, 9);
    expect(row?.selfVsOthersGap).toBeCloseTo(500 / 9, 9);
    // overall: self (66.7 + 100 + 66.7) / 3 = 77.8; gaps 0, 55.6, 0 → 18.5
    expect(presentIndex(result.admin.overall.byRole.self ?? -1)).toBe(77.8);
    expect(presentIndex(result.admin.overall.selfVsOthersGap ?? -1)).toBe(18.5);
  });
});

describe('Petugas Antar Kerja', () => {
  it('gets sub-competency results and a conclusion but no activity profile', () => {
    const responses = everyone({ 2: [4, 4], 4: [4, 4, 4], 12: [4, 4] });
    const withTasks = { ...responses, self: { ...responses.self, part1: ['a.1', 'b.2', 'g.4'] } };
    const result = scoreEvaluation(input(withTasks, { target: 'petugas' }));
    expect(result.participant.target).toBe('petugas');
    expect(result.participant.activityProfile).toBeNull();
    expect(result.participant.conclusion?.category).toBe('sangat_baik');
  });
});

describe('input scoring cannot use', () => {
  const ok = everyone({ 2: [4, 4], 4: [4, 4, 4], 12: [4, 4] });

  it.each([
    ['an answer outside 1–4', { ...ok, peer: { part2: { '2.1': 5 }, part1: [] } }, /answers are 1, 2, 3 or 4/],
    ['a fractional answer', { ...ok, peer: { part2: { '2.1': 2.5 }, part1: [] } }, /answers are 1, 2, 3 or 4/],
    ['an answer to an unknown item', { ...ok, self: { part2: { '9.1': 3 }, part1: [] } }, /unknown item "9.1"/],
    ['a tick that is not an activity code', { ...ok, self: { part2: {}, part1: ['999'] } }, /"999"/],
  ])('throws on %s', (_, responses, message) => {
    expect(() => scoreEvaluation(input(responses))).toThrow(ScoringInputError);
    expect(() => scoreEvaluation(input(responses))).toThrow(message);
  });

  it('throws on an item of a sub-competency the battery does not assess', () => {
    expect(() => scoreEvaluation(input(ok, { items: [...BATTERY_ITEMS, { id: '5.1', subCompetencyId: 5 }] }))).toThrow(
      /does not assess/,
    );
  });

  it('throws on invalid settings', () => {
    const settings = resolveScoringSettings({ weights: { self: 0.5 } });
    expect(() => scoreEvaluation(input(ok, { settings }))).toThrow(InvalidScoringSettingsError);
  });
});
