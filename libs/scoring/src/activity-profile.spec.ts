import { buildActivityProfile, presentActivityProfile, type ActivityProfileInput } from './activity-profile.js';
import { ScoringInputError } from './errors.js';
import { JENJANG, type Jenjang } from './labels.js';
import { scoreEvaluation } from './score.js';
import { resolveScoringSettings } from './settings.js';

/** The 80 activity codes of seed 001 Lampiran II by level (activities.json). */
const CODES: Record<Jenjang, string[]> = {
  ahli_pertama: '008 011 012 015 025 028 029 032 034 039 042 043 046 050 051 053 054 058 061 065 070'.split(' '),
  ahli_muda: (
    '001 009 013 016 021 024 026 030 031 033 035 036 038 040 041 044 045 047 048 049 055 059 062 063 066 ' +
    '067 068 069 071 073 075'
  ).split(' '),
  ahli_madya: '002 004 005 006 010 014 017 018 019 020 022 023 027 037 052 056 060 064 074 076 078'.split(' '),
  ahli_utama: '003 007 057 072 077 079 080'.split(' '),
};
const CATALOGUE: Record<string, Jenjang> = Object.fromEntries(
  JENJANG.flatMap((level) => CODES[level].map((code) => [code, level])),
);

/** The first n codes of a level. */
function first(level: Jenjang, n: number): string[] {
  return CODES[level].slice(0, n);
}

function profile(ticks: ActivityProfileInput['ticks'], overrides: Partial<ActivityProfileInput> = {}) {
  return buildActivityProfile({
    jenjang: 'ahli_pertama',
    mode: 'self',
    ticks,
    activityLevels: CATALOGUE,
    ...overrides,
  });
}

/** The table as printed: level → "count / percent". */
function table(p: ReturnType<typeof profile>, language: 'id' | 'en' = 'id'): string[] {
  return presentActivityProfile(p, language).rows.map((r) => `${r.level}: ${r.count}, ${r.percent}`);
}

describe('activity profile (PROFIL AKTIVITAS KERJA)', () => {
  it('reproduces the sample report: 13 Ahli Pertama and 2 Ahli Muda activities → 87%, 13%, ideal', () => {
    const p = profile({ self: [...first('ahli_pertama', 13), ...first('ahli_muda', 2)] });
    expect(table(p)).toEqual([
      'Pengantar Kerja Ahli Pertama: 13 aktivitas kerja, 87%',
      'Pengantar Kerja Ahli Muda: 2 aktivitas kerja, 13%',
      'Pengantar Kerja Ahli Madya: 0 aktivitas kerja, 0%',
      'Pengantar Kerja Ahli Utama: 0 aktivitas kerja, 0%',
    ]);
    const shown = presentActivityProfile(p, 'id');
    expect(shown.legend).toEqual([
      { condition: 'ideal', label: 'Kondisi Kerja Ideal', checked: true },
      { condition: 'less_than_ideal', label: 'Kondisi Kerja Kurang Ideal', checked: false },
    ]);
    expect(shown.rule).toBe(
      'Seorang Pengantar Kerja Ahli Pertama berada pada kondisi kerja ideal apabila sekurang-kurangnya 75% dari total ' +
        'aktivitas kerjanya berada pada tugas pokok dan fungsi yang sesuai dengan jenjang jabatan yang diemban.',
    );
    expect(shown.finding).toBe(
      '13 dari 15 aktivitas kerja yang dicentang (87%) berada pada jenjang Pengantar Kerja Ahli Pertama.',
    );
  });

  it('is ideal at exactly 75% and not ideal just below', () => {
    const exactly = profile({ self: [...first('ahli_pertama', 3), ...first('ahli_madya', 1)] });
    expect(exactly.ownLevelPercent).toBe(75);
    expect(exactly.condition).toBe('ideal');
    // 14 of 19 = 73.7%
    const below = profile({ self: [...first('ahli_pertama', 14), ...first('ahli_muda', 5)] });
    expect(table(below)[0]).toBe('Pengantar Kerja Ahli Pertama: 14 aktivitas kerja, 74%');
    expect(below.condition).toBe('less_than_ideal');
    expect(presentActivityProfile(below, 'id').legend.find((l) => l.checked)?.label).toBe('Kondisi Kerja Kurang Ideal');
  });

  it('uses the participant’s own level, whatever it is', () => {
    const ticks = { self: [...first('ahli_muda', 6), ...first('ahli_madya', 2)] };
    expect(profile(ticks, { jenjang: 'ahli_muda' }).condition).toBe('ideal');
    expect(profile(ticks, { jenjang: 'ahli_madya' }).condition).toBe('less_than_ideal');
    expect(presentActivityProfile(profile(ticks, { jenjang: 'ahli_madya' }), 'id').rule).toMatch(
      /^Seorang Pengantar Kerja Ahli Madya berada/,
    );
  });

  it('with no ticks is 0% everywhere, not ideal, and says so', () => {
    const p = profile({ self: [] });
    expect(p.total).toBe(0);
    expect(p.noActivities).toBe(true);
    expect(p.condition).toBe('less_than_ideal');
    expect(table(p)).toEqual([
      'Pengantar Kerja Ahli Pertama: 0 aktivitas kerja, 0%',
      'Pengantar Kerja Ahli Muda: 0 aktivitas kerja, 0%',
      'Pengantar Kerja Ahli Madya: 0 aktivitas kerja, 0%',
      'Pengantar Kerja Ahli Utama: 0 aktivitas kerja, 0%',
    ]);
    expect(presentActivityProfile(p, 'id').finding).toBe(
      'Tidak ada aktivitas kerja yang dicentang, sehingga kondisi kerja belum dapat dinyatakan ideal (0%).',
    );
    expect(presentActivityProfile(p, 'en').finding).toBe(
      'No work activity was ticked, so the work condition cannot be called ideal (0%).',
    );
    expect(profile({}).noActivities).toBe(true);
  });

  it('never prints a share under 75% as 75% (38 of 51 = 74.5%)', () => {
    const big: Record<string, Jenjang> = {};
    const own = Array.from({ length: 38 }, (_, i) => `p${i}`);
    const other = Array.from({ length: 13 }, (_, i) => `m${i}`);
    own.forEach((c) => (big[c] = 'ahli_pertama'));
    other.forEach((c) => (big[c] = 'ahli_muda'));
    const p = profile({ self: [...own, ...other] }, { activityLevels: big });
    expect(p.condition).toBe('less_than_ideal');
    expect(table(p)[0]).toBe('Pengantar Kerja Ahli Pertama: 38 aktivitas kerja, 74%');
  });

  it('counts an activity ticked twice once', () => {
    expect(profile({ self: ['008', '008', '001'] }).total).toBe(2);
  });

  it('rejects a tick that is not in the catalogue', () => {
    expect(() => profile({ self: ['008', 'x9'] })).toThrow(ScoringInputError);
  });

  it('prints English headings and labels', () => {
    const shown = presentActivityProfile(profile({ self: first('ahli_pertama', 4) }), 'en');
    expect(shown.title).toBe('WORK ACTIVITY PROFILE');
    expect(shown.columns).toEqual(['Level', 'Number of work activities', 'Percentage']);
    expect(shown.rows[0]).toEqual({
      jenjang: 'ahli_pertama',
      level: 'Pengantar Kerja Ahli Pertama',
      count: '4 work activities',
      percent: '100%',
    });
    expect(shown.legend.find((l) => l.checked)?.label).toBe('Ideal work condition');
    expect(shown.finding).toBe(
      '4 of the 4 work activities ticked (100%) are at the level of Pengantar Kerja Ahli Pertama.',
    );
  });
});

describe('self mode vs majority mode', () => {
  // Own level Ahli Pertama. 008, 011, 012 are Ahli Pertama; 001, 009 Ahli Muda; 002 Ahli Madya.
  const ticks = {
    self: ['008', '011', '012'],
    supervisor: ['008', '001', '009'],
    peer: ['001', '009', '002'],
    service_user: ['002', '011'],
  };

  it('self mode counts only the participant’s own ticks', () => {
    const p = profile(ticks, { mode: 'self' });
    expect(p.countedActivities).toEqual(['008', '011', '012']);
    expect(p.rows.map((r) => r.count)).toEqual([3, 0, 0, 0]);
    expect(p.condition).toBe('ideal');
  });

  it('majority mode counts activities ticked by at least 2 of the 4 raters', () => {
    // 008 (self, supervisor), 011 (self, service user), 001 and 009 (supervisor, peer), 002 (peer, service user);
    // 012 was ticked by the participant alone.
    const p = profile(ticks, { mode: 'majority' });
    expect(p.countedActivities).toEqual(['001', '002', '008', '009', '011']);
    expect(p.rows.map((r) => r.count)).toEqual([2, 2, 1, 0]);
    expect(table(p).map((row) => row.split(', ')[1])).toEqual(['40%', '40%', '20%', '0%']);
    expect(p.condition).toBe('less_than_ideal');
  });

  it('majority mode does not count one rater ticking the same activity twice as two raters', () => {
    expect(profile({ self: ['012', '012'] }, { mode: 'majority' }).total).toBe(0);
  });

  it('is chosen by the battery’s settings', () => {
    const responses = Object.fromEntries(
      Object.entries(ticks).map(([role, part1]) => [role, { part2: {}, part1 }]),
    ) as Parameters<typeof scoreEvaluation>[0]['responses'];
    const base = {
      target: 'ahli_pertama' as const,
      assessedSubCompetencyIds: [],
      items: [],
      responses,
      activityLevels: CATALOGUE,
    };
    const self = scoreEvaluation({ ...base, settings: resolveScoringSettings() }).participant.activityProfile;
    const majority = scoreEvaluation({ ...base, settings: resolveScoringSettings({ activityProfileMode: 'majority' }) })
      .participant.activityProfile;
    expect([self?.mode, self?.total, self?.condition]).toEqual(['self', 3, 'ideal']);
    expect([majority?.mode, majority?.total, majority?.condition]).toEqual(['majority', 5, 'less_than_ideal']);
  });
});
