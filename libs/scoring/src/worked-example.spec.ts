/**
 * The worked example of docs/scoring.md, number for number. If this test changes, change the doc.
 */
import { presentActivityProfile } from './activity-profile.js';
import { presentIndex } from './bands.js';
import { CATEGORY_LABELS, CONCLUSION_LABELS, NOT_ASSESSED_LABELS, type Jenjang } from './labels.js';
import { scoreEvaluation, type RaterResponse, type ScoringInput, type ScoringResult } from './score.js';
import { resolveScoringSettings } from './settings.js';

const ITEMS = [
  { id: 'AJ-1', subCompetencyId: 2 },
  { id: 'AJ-2', subCompetencyId: 2 },
  { id: 'PJ-1', subCompetencyId: 4 },
  { id: 'PJ-2', subCompetencyId: 4 },
  { id: 'PJ-3', subCompetencyId: 4 },
  { id: 'TKA-1', subCompetencyId: 12 },
  { id: 'TKA-2', subCompetencyId: 12 },
];

const LEVELS: Record<string, Jenjang> = {
  ...Object.fromEntries(
    ['008', '011', '012', '015', '025', '028', '029', '032', '034'].map((c) => [c, 'ahli_pertama']),
  ),
  ...Object.fromEntries(['001', '009', '013'].map((c) => [c, 'ahli_muda'])),
  '002': 'ahli_madya',
};

function answers(aj: number[], pj: number[], tka: number[], part1: readonly string[]): RaterResponse {
  const part2: Record<string, number> = {};
  aj.forEach((v, i) => (part2[`AJ-${i + 1}`] = v));
  pj.forEach((v, i) => (part2[`PJ-${i + 1}`] = v));
  tka.forEach((v, i) => (part2[`TKA-${i + 1}`] = v));
  return { part2, part1 };
}

const RESPONSES = {
  self: answers(
    [4, 3],
    [4, 4, 3],
    [3, 3],
    ['008', '011', '012', '015', '025', '028', '029', '032', '034', '001', '009', '002'],
  ),
  supervisor: answers([3, 3], [3, 3, 3], [2, 3], ['008', '011', '012', '015', '025', '028', '001', '009', '002']),
  peer: answers([3, 2], [4, 3, 3], [2, 2], ['029', '013']),
  service_user: answers([3, 3], [4, 4, 4], [3, 2], ['013']),
};

const BUDI: ScoringInput = {
  settings: resolveScoringSettings(),
  target: 'ahli_pertama',
  assessedSubCompetencyIds: [2, 4, 12],
  items: ITEMS,
  responses: RESPONSES,
  activityLevels: LEVELS,
};

function printed(result: ScoringResult, id: number): string {
  const row = result.participant.subCompetencies.find((s) => s.subCompetencyId === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  if (row.status !== 'scored') return NOT_ASSESSED_LABELS.id.category;
  return `${presentIndex(row.index).toFixed(1)} ${CATEGORY_LABELS.id[row.category]}`;
}

describe('docs/scoring.md worked example (Budi, Pengantar Kerja Ahli Pertama)', () => {
  const result = scoreEvaluation(BUDI);

  it('step 1–3: Penyuluhan Jabatan, per-rater means 3.667, 3.000, 3.333, 4.000 → 3.5 → 83.3 Sangat Baik', () => {
    const admin = result.admin.subCompetencies.find((s) => s.subCompetencyId === 4);
    expect(admin?.byRole.self?.mean.toFixed(3)).toBe('3.667');
    expect(admin?.byRole.supervisor?.mean.toFixed(3)).toBe('3.000');
    expect(admin?.byRole.peer?.mean.toFixed(3)).toBe('3.333');
    expect(admin?.byRole.service_user?.mean.toFixed(3)).toBe('4.000');
    const row = result.participant.subCompetencies.find((s) => s.subCompetencyId === 4);
    expect(row?.status === 'scored' && row.mean).toBeCloseTo(3.5, 12);
    expect(printed(result, 4)).toBe('83.3 Sangat Baik');
  });

  it('step 4: the other two sub-competencies and the ones outside the battery', () => {
    expect(printed(result, 2)).toBe('66.7 Baik');
    expect(printed(result, 12)).toBe('50.0 Sedang');
    expect(printed(result, 1)).toBe('-');
    expect(result.participant.subCompetencies.filter((s) => s.status === 'not_assessed')).toHaveLength(12);
  });

  it('step 5: KESIMPULAN (83.3 + 66.7 + 50.0) / 3 = 66.7 → Berkinerja Tinggi', () => {
    const conclusion = result.participant.conclusion;
    expect(presentIndex(conclusion?.index ?? -1)).toBe(66.7);
    expect(conclusion && CONCLUSION_LABELS.id[conclusion.category]).toBe('Berkinerja Tinggi');
  });

  it('battery weights 0.10 / 0.40 / 0.25 / 0.25: Penyuluhan Jabatan → 3.4 → 80.0, exactly on the edge: Sangat Baik', () => {
    const weighted = scoreEvaluation({
      ...BUDI,
      settings: resolveScoringSettings({ weights: { self: 0.1, supervisor: 0.4, peer: 0.25, service_user: 0.25 } }),
    });
    expect(printed(weighted, 4)).toBe('80.0 Sangat Baik');
  });

  it('a missing rater: without Rekan Kerja, Pengendalian Penggunaan TKA → (3.0 + 2.5 + 2.5) / 3 → 55.6 Sedang', () => {
    const peer = answers([3, 2], [4, 3, 3], [], RESPONSES.peer.part1);
    const missing = scoreEvaluation({ ...BUDI, responses: { ...RESPONSES, peer } });
    expect(printed(missing, 12)).toBe('55.6 Sedang');
    expect(printed(missing, 4)).toBe('83.3 Sangat Baik');
  });

  it('admins only: Penyuluhan Jabatan self 88.9, others 81.5, gap +7.4', () => {
    const admin = result.admin.subCompetencies.find((s) => s.subCompetencyId === 4);
    expect(presentIndex(admin?.byRole.self?.index ?? -1)).toBe(88.9);
    expect(presentIndex(admin?.othersIndex ?? -1)).toBe(81.5);
    expect((admin?.selfVsOthersGap ?? 0).toFixed(1)).toBe('7.4');
  });

  it('activity profile, self mode: 9 / 2 / 1 / 0 of 12 → 75%, 17%, 8%, 0% → Kondisi Kerja Ideal', () => {
    const profile = result.participant.activityProfile;
    if (profile === null) throw new Error('no profile');
    const shown = presentActivityProfile(profile, 'id');
    expect(shown.rows.map((r) => `${r.count} ${r.percent}`)).toEqual([
      '9 aktivitas kerja 75%',
      '2 aktivitas kerja 17%',
      '1 aktivitas kerja 8%',
      '0 aktivitas kerja 0%',
    ]);
    expect(shown.legend.find((l) => l.checked)?.label).toBe('Kondisi Kerja Ideal');
  });

  it('activity profile, majority mode: 7 / 3 / 1 / 0 of 11 → 64%, 27%, 9%, 0% → Kondisi Kerja Kurang Ideal', () => {
    const majority = scoreEvaluation({
      ...BUDI,
      settings: resolveScoringSettings({ activityProfileMode: 'majority' }),
    });
    const profile = majority.participant.activityProfile;
    if (profile === null) throw new Error('no profile');
    expect(profile.countedActivities).toEqual([
      '001',
      '002',
      '008',
      '009',
      '011',
      '012',
      '013',
      '015',
      '025',
      '028',
      '029',
    ]);
    const shown = presentActivityProfile(profile, 'id');
    expect(shown.rows.map((r) => `${r.count} ${r.percent}`)).toEqual([
      '7 aktivitas kerja 64%',
      '3 aktivitas kerja 27%',
      '1 aktivitas kerja 9%',
      '0 aktivitas kerja 0%',
    ]);
    expect(shown.legend.find((l) => l.checked)?.label).toBe('Kondisi Kerja Kurang Ideal');
    expect(shown.finding).toBe(
      '7 dari 11 aktivitas kerja yang dicentang (64%) berada pada jenjang Pengantar Kerja Ahli Pertama.',
    );
  });
});
