import { RATER_ROLES } from '@evkin/contracts';
import {
  CATALOGUE,
  CatalogueError,
  JENJANG,
  SEED_DATA,
  activitiesAt,
  defaultItems,
  loadCatalogue,
  subCompetenciesFor,
  subCompetenciesMeasuredAt,
  validateCatalogue,
  type CatalogueData,
  type ItemBankItem,
} from './index.js';

const countBy = <T>(records: readonly T[], key: (r: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const r of records) counts[key(r)] = (counts[key(r)] ?? 0) + 1;
  return counts;
};

describe('regulation catalogue', () => {
  it('loads with no problems', () => {
    expect(validateCatalogue(SEED_DATA)).toEqual([]);
  });

  it('has the counts of the regulation', () => {
    expect(CATALOGUE.competencies).toHaveLength(6);
    expect(CATALOGUE.subCompetencies).toHaveLength(15);
    expect(CATALOGUE.subCompetencies.filter((s) => s.description !== null)).toHaveLength(12);
    expect(CATALOGUE.activities).toHaveLength(80);
    expect(countBy(CATALOGUE.activities, (a) => a.jenjang)).toEqual({
      ahli_pertama: 21,
      ahli_muda: 31,
      ahli_madya: 21,
      ahli_utama: 7,
    });
    expect(CATALOGUE.petugasTaskGroups.map((g) => g.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(CATALOGUE.petugasTasks).toHaveLength(37);
    expect(countBy(CATALOGUE.petugasTasks, (t) => t.groupId)).toEqual({ a: 5, b: 5, c: 4, d: 9, e: 5, f: 4, g: 5 });
    expect(CATALOGUE.scale).toHaveLength(4);
    expect(CATALOGUE.subCompetencyCategories).toHaveLength(5);
    expect(CATALOGUE.conclusionCategories).toHaveLength(5);
    expect(CATALOGUE.raterRoles).toHaveLength(4);
    expect(CATALOGUE.levels.map((l) => l.id)).toEqual([...JENJANG]);
  });

  it('keeps the three sub-competencies without a description as null, with a note', () => {
    const without = CATALOGUE.subCompetencies.filter((s) => s.description === null);
    expect(without.map((s) => s.id)).toEqual(['sk01', 'sk14', 'sk15']);
    for (const s of without) {
      expect(s.descriptionEn).toBeNull();
      expect(s.descriptionNote).toContain('Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja');
    }
  });

  it('maps competencies to sub-competencies as in Tabel 1', () => {
    expect(countBy(CATALOGUE.subCompetencies, (s) => s.competencyId)).toEqual({
      k01: 1,
      k02: 10,
      k03: 1,
      k04: 1,
      k05: 1,
      k06: 1,
    });
  });

  it('measures at each level what seed 000 F.1 says', () => {
    const ids = (jenjang: (typeof JENJANG)[number]) => subCompetenciesMeasuredAt(jenjang).map((s) => s.no);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(ids('ahli_pertama')).toEqual(range(2, 13));
    expect(ids('ahli_muda')).toEqual(range(1, 14));
    expect(ids('ahli_madya')).toEqual([...range(1, 12), 14, 15]);
    expect(ids('ahli_utama')).toEqual([1, 12, 14, 15]);
    expect(CATALOGUE.competenciesMeasuredAt('ahli_utama').map((c) => c.no)).toEqual([1, 3, 5, 6]);
  });

  it('gives every activity an existing level and sub-competency inside its own subunsur', () => {
    for (const a of CATALOGUE.activities) {
      expect(CATALOGUE.level(a.jenjang)).toBeDefined();
      const s = CATALOGUE.subCompetency(a.subCompetencyId);
      expect(s?.competencyId).toBe(a.competencyId);
      for (const alt of a.alternativeSubCompetencyIds) expect(CATALOGUE.subCompetency(alt)).toBeDefined();
    }
    expect(activitiesAt('ahli_utama').map((a) => a.code)).toEqual(['003', '007', '057', '072', '077', '079', '080']);
  });

  it('has SKJ indicators for every measured competency of every level', () => {
    for (const l of CATALOGUE.levels) {
      const skj = CATALOGUE.skjAt(l.id);
      expect(skj.map((c) => c.competencyId)).toEqual(l.measuredCompetencyIds);
      for (const c of skj) expect(c.indicators.length).toBeGreaterThanOrEqual(2);
    }
    expect(CATALOGUE.skjIndicators).toHaveLength(11 + 18 + 15 + 12);
  });

  it('uses the rater roles of the contracts', () => {
    expect(CATALOGUE.raterRoles.map((r) => r.id).sort()).toEqual([...RATER_ROLES].sort());
    expect(CATALOGUE.raterRoles.map((r) => r.label)).toEqual([
      'Atasan',
      'Rekan Kerja',
      'Pengguna Layanan',
      'Diri Sendiri',
    ]);
  });

  it('has the scale of seed 000 with the default values of DESIGN §2', () => {
    expect(CATALOGUE.scale.map((o) => [o.label, o.defaultValue])).toEqual([
      ['Sangat sesuai', 4],
      ['Sesuai', 3],
      ['Tidak sesuai', 2],
      ['Sangat tidak sesuai', 1],
    ]);
  });

  it('keeps a source on every record', () => {
    const records = [
      ...CATALOGUE.competencies,
      ...CATALOGUE.subCompetencies,
      ...CATALOGUE.levels,
      ...CATALOGUE.skjCompetencies,
      ...CATALOGUE.activities,
      ...CATALOGUE.petugasTaskGroups,
      ...CATALOGUE.petugasTasks,
      ...CATALOGUE.scale,
      ...CATALOGUE.subCompetencyCategories,
      ...CATALOGUE.conclusionCategories,
      ...CATALOGUE.raterRoles,
    ];
    const docs = new Set(CATALOGUE.sourceDocuments.map((d) => d.id));
    for (const r of records) {
      expect(docs.has(r.source.doc)).toBe(true);
      expect(r.source.section).not.toBe('');
    }
  });
});

describe('default Part 2 item bank', () => {
  const items = CATALOGUE.items;

  it('has unique, well-formed item ids', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items)
      expect(i.id).toMatch(/^(pk\.ahli_(pertama|muda|madya|utama)\.sk\d{2}|petugas\.[a-g])\.\d{2}$/);
  });

  it('has 2–4 items for every sub-competency at every level where it is measured, and none elsewhere', () => {
    for (const level of CATALOGUE.levels) {
      const counts = countBy(
        items.filter((i) => i.target === level.id),
        (i) => i.subCompetencyId,
      );
      expect(Object.keys(counts).sort()).toEqual([...level.measuredSubCompetencyIds].sort());
      for (const id of level.measuredSubCompetencyIds) {
        expect([id, counts[id]]).toEqual([id, expect.any(Number)]);
        expect(counts[id]).toBeGreaterThanOrEqual(2);
        expect(counts[id]).toBeLessThanOrEqual(4);
      }
    }
  });

  it('has 2–4 items for every Petugas Antar Kerja task group, each mapped and explained', () => {
    const petugas = items.filter((i) => i.target === 'petugas');
    const counts = countBy(petugas, (i) => i.petugasGroupId ?? '');
    expect(Object.keys(counts).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    for (const n of Object.values(counts)) {
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
    }
    for (const i of petugas) {
      expect(CATALOGUE.subCompetency(i.subCompetencyId)).toBeDefined();
      expect(i.mappingNote).toEqual(expect.stringMatching(/\S/));
      expect(i.source.petugasTaskIds.length).toBeGreaterThan(0);
    }
    // Every sub-competency a Petugas battery can choose is measured by at least two statements.
    for (const n of Object.values(countBy(petugas, (i) => i.subCompetencyId))) expect(n).toBeGreaterThanOrEqual(2);
  });

  it('gives every item Indonesian and English text and a source that resolves', () => {
    for (const i of items) {
      expect(i.text).toMatch(/^[A-Z].*\.$/);
      expect(i.en).toMatch(/^[A-Z].*\.$/);
      expect(i.text).not.toBe(i.en);
      const s = CATALOGUE.subCompetency(i.subCompetencyId);
      expect(s).toBeDefined();
      const { description, skjIndicatorIds, activityCodes, petugasTaskIds } = i.source;
      expect(
        Number(description) + skjIndicatorIds.length + activityCodes.length + petugasTaskIds.length,
      ).toBeGreaterThan(0);
      if (description) expect(s?.description).toEqual(expect.any(String));
      for (const id of skjIndicatorIds)
        expect(CATALOGUE.skjIndicator(id)?.skjCompetencyId).toBe(`${i.target}.${s?.competencyId}`);
      for (const code of activityCodes) expect(CATALOGUE.activity(code)?.jenjang).toBe(i.target);
      for (const id of petugasTaskIds) expect(CATALOGUE.petugasTask(id)?.groupId).toBe(i.petugasGroupId);
    }
  });

  it('writes plain statements: one sentence, no question, no negation (so "Tidak sesuai" is never a double negative)', () => {
    for (const i of items) {
      expect([i.id, i.text]).not.toEqual([i.id, expect.stringMatching(/\b(tidak|bukan|belum|tanpa|jangan)\b|\?/i)]);
      expect([i.id, i.en]).not.toEqual([i.id, expect.stringMatching(/\b(not|no|never|without)\b|n't|\?/i)]);
      expect(i.text.slice(0, -1)).not.toMatch(/\.\s/);
      expect(i.text.length).toBeLessThanOrEqual(160);
    }
  });

  it('uses every activity of the higher levels and most of each level as a source', () => {
    const used = new Set(items.flatMap((i) => i.source.activityCodes));
    for (const l of CATALOGUE.levels) {
      const codes = activitiesAt(l.id).map((a) => a.code);
      expect(codes.filter((c) => used.has(c)).length / codes.length).toBeGreaterThanOrEqual(0.6);
    }
    expect(activitiesAt('ahli_utama').every((a) => used.has(a.code))).toBe(true);
  });

  it('selects default items by target and sub-competencies', () => {
    const all = defaultItems('ahli_pertama');
    expect(all.every((i) => i.target === 'ahli_pertama')).toBe(true);
    const two = defaultItems('ahli_muda', ['sk05', 'sk12']);
    expect(new Set(two.map((i) => i.subCompetencyId))).toEqual(new Set(['sk05', 'sk12']));
    expect(two.every((i) => i.target === 'ahli_muda')).toBe(true);
    expect(defaultItems('ahli_utama', [])).toEqual([]);
    expect(defaultItems('petugas', ['sk03']).map((i) => i.id)).toEqual([
      'petugas.b.01',
      'petugas.b.02',
      'petugas.b.03',
      'petugas.b.04',
    ]);
    expect(subCompetenciesFor('petugas').map((s) => s.id)).toEqual([
      'sk03',
      'sk04',
      'sk05',
      'sk06',
      'sk09',
      'sk10',
      'sk11',
      'sk14',
    ]);
  });

  it('refuses sub-competencies that are unknown or not measured for the target', () => {
    expect(() => defaultItems('ahli_utama', ['sk02'])).toThrow(CatalogueError);
    expect(() => defaultItems('ahli_utama', ['sk02'])).toThrow(/sk02" is not measured for "ahli_utama"/);
    expect(() => defaultItems('ahli_pertama', ['sk99'])).toThrow(/unknown sub-competency "sk99"/);
    expect(() => defaultItems('petugas', ['sk12'])).toThrow(CatalogueError);
  });
});

describe('catalogue validation', () => {
  const withItems = (change: (items: ItemBankItem[]) => ItemBankItem[]): CatalogueData => ({
    ...SEED_DATA,
    items: change(structuredClone([...SEED_DATA.items])),
  });

  it('rejects duplicate ids', () => {
    const data = withItems((items) => [...items, items[0]!]);
    expect(() => loadCatalogue(data)).toThrow(/duplicate item id "pk.ahli_pertama.sk02.01"/);
  });

  it('rejects references that do not resolve', () => {
    const data = withItems((items) => {
      const [first, ...rest] = items;
      return [
        { ...first!, source: { ...first!.source, activityCodes: ['999'], skjIndicatorIds: ['ahli_utama.k01.5.1'] } },
        ...rest,
      ];
    });
    const problems = validateCatalogue(data);
    expect(problems).toContain('item pk.ahli_pertama.sk02.01: unknown activity "999"');
    expect(problems).toContain(
      'item pk.ahli_pertama.sk02.01: SKJ indicator ahli_utama.k01.5.1 is not of ahli_pertama / competency k02',
    );
  });

  it('rejects an item for a sub-competency not measured at its level', () => {
    const data = withItems((items) => [
      ...items,
      {
        ...items[0]!,
        id: 'pk.ahli_utama.sk02.01',
        target: 'ahli_utama',
        source: { ...items[0]!.source, activityCodes: [] },
      },
    ]);
    expect(validateCatalogue(data)).toContain(
      'item pk.ahli_utama.sk02.01: sub-competency sk02 is not measured at ahli_utama',
    );
  });

  it('rejects an activity mapped outside its subunsur', () => {
    const activities = structuredClone([...SEED_DATA.activities]);
    activities[0] = { ...activities[0]!, subCompetencyId: 'sk02' };
    expect(validateCatalogue({ ...SEED_DATA, activities })).toContain(
      "activity 001: sub-competency sk02 is outside the activity's subunsur k01 (Tabel 1)",
    );
  });
});
