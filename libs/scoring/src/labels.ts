/**
 * The words the report prints, in Indonesian (the regulation's own labels, seed 000 G.2.f) and
 * English. Scoring works with the English code names below; report code looks the text up here.
 */
import { JENJANG, type Jenjang, type Language, type RaterRole, type Target } from '@evkin/contracts';

// The levels and targets are the contracts' (one list for every service and the portal).
export { JENJANG, type Jenjang, type Target };

/** Sub-competency categories, best first. The conclusion uses the same bands with its own labels. */
export const CATEGORIES = ['sangat_baik', 'baik', 'sedang', 'kurang', 'sangat_kurang'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Part 2 answer values (DESIGN §2): Sangat sesuai 4, Sesuai 3, Tidak sesuai 2, Sangat tidak sesuai 1. */
export type AnswerValue = 1 | 2 | 3 | 4;

export const SCALE: readonly { value: AnswerValue; id: string; en: string }[] = [
  { value: 4, id: 'Sangat sesuai', en: 'Strongly agree' },
  { value: 3, id: 'Sesuai', en: 'Agree' },
  { value: 2, id: 'Tidak sesuai', en: 'Disagree' },
  { value: 1, id: 'Sangat tidak sesuai', en: 'Strongly disagree' },
];

export const CATEGORY_LABELS: Readonly<Record<Language, Readonly<Record<Category, string>>>> = {
  id: { sangat_baik: 'Sangat Baik', baik: 'Baik', sedang: 'Sedang', kurang: 'Kurang', sangat_kurang: 'Sangat Kurang' },
  en: { sangat_baik: 'Very good', baik: 'Good', sedang: 'Fair', kurang: 'Poor', sangat_kurang: 'Very poor' },
};

/** KESIMPULAN row: the conclusion category of the same bands. */
export const CONCLUSION_LABELS: Readonly<Record<Language, Readonly<Record<Category, string>>>> = {
  id: {
    sangat_baik: 'Berkinerja Sangat Tinggi',
    baik: 'Berkinerja Tinggi',
    sedang: 'Berkinerja Sedang',
    kurang: 'Berkinerja Kurang',
    sangat_kurang: 'Berkinerja Sangat Kurang',
  },
  en: {
    sangat_baik: 'Very high performer',
    baik: 'High performer',
    sedang: 'Moderate performer',
    kurang: 'Low performer',
    sangat_kurang: 'Very low performer',
  },
};

/** A sub-competency outside the battery: the report's description and category columns. */
export const NOT_ASSESSED_LABELS: Readonly<Record<Language, { description: string; category: string }>> = {
  id: { description: 'Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja', category: '-' },
  en: { description: 'This sub-competency is not included in the performance evaluation', category: '-' },
};

/** Job titles are not translated: the English report prints the same title. */
export const JENJANG_LABELS: Readonly<Record<Language, Readonly<Record<Jenjang, string>>>> = {
  id: {
    ahli_pertama: 'Pengantar Kerja Ahli Pertama',
    ahli_muda: 'Pengantar Kerja Ahli Muda',
    ahli_madya: 'Pengantar Kerja Ahli Madya',
    ahli_utama: 'Pengantar Kerja Ahli Utama',
  },
  en: {
    ahli_pertama: 'Pengantar Kerja Ahli Pertama',
    ahli_muda: 'Pengantar Kerja Ahli Muda',
    ahli_madya: 'Pengantar Kerja Ahli Madya',
    ahli_utama: 'Pengantar Kerja Ahli Utama',
  },
};

export const TARGET_LABELS: Readonly<Record<Language, Readonly<Record<Target, string>>>> = {
  id: { ...JENJANG_LABELS.id, petugas: 'Petugas Antar Kerja' },
  en: { ...JENJANG_LABELS.en, petugas: 'Petugas Antar Kerja' },
};

export const ROLE_LABELS: Readonly<Record<Language, Readonly<Record<RaterRole, string>>>> = {
  id: { self: 'Diri Sendiri', supervisor: 'Atasan', peer: 'Rekan Kerja', service_user: 'Pengguna Layanan' },
  en: { self: 'Self', supervisor: 'Supervisor', peer: 'Peer', service_user: 'Service user' },
};

export type WorkCondition = 'ideal' | 'less_than_ideal';

export const WORK_CONDITION_LABELS: Readonly<Record<Language, Readonly<Record<WorkCondition, string>>>> = {
  id: { ideal: 'Kondisi Kerja Ideal', less_than_ideal: 'Kondisi Kerja Kurang Ideal' },
  en: { ideal: 'Ideal work condition', less_than_ideal: 'Less than ideal work condition' },
};

/** Report headings of the activity profile (PROFIL AKTIVITAS KERJA, Gambar 23). */
export const ACTIVITY_PROFILE_LABELS: Readonly<
  Record<Language, { title: string; level: string; count: string; percent: string; activities: string }>
> = {
  id: {
    title: 'PROFIL AKTIVITAS KERJA',
    level: 'Jenjang Keahlian',
    count: 'Jumlah Aktivitas Kerja',
    percent: 'Persentase',
    activities: 'aktivitas kerja',
  },
  en: {
    title: 'WORK ACTIVITY PROFILE',
    level: 'Level',
    count: 'Number of work activities',
    percent: 'Percentage',
    activities: 'work activities',
  },
};

/**
 * The 75% rule as the sample report words it (`idealWorkConditionRule.textTemplate` in
 * scale_and_categories.json); `{jenjang}` is the participant's job title.
 */
export const IDEAL_RULE_TEMPLATE: Readonly<Record<Language, string>> = {
  id: 'Seorang {jenjang} berada pada kondisi kerja ideal apabila sekurang-kurangnya 75% dari total aktivitas kerjanya berada pada tugas pokok dan fungsi yang sesuai dengan jenjang jabatan yang diemban.',
  en: 'A {jenjang} is in the ideal work condition when at least 75% of all their work activities are duties and functions that match the level of the position they hold.',
};

/** The sentence under the rule that states this participant's own figure. */
export function idealFindingText(
  language: Language,
  jenjang: Jenjang,
  ownCount: number,
  total: number,
  shownPercent: number,
): string {
  const title = JENJANG_LABELS[language][jenjang];
  if (total === 0) {
    return language === 'id'
      ? 'Tidak ada aktivitas kerja yang dicentang, sehingga kondisi kerja belum dapat dinyatakan ideal (0%).'
      : 'No work activity was ticked, so the work condition cannot be called ideal (0%).';
  }
  return language === 'id'
    ? `${ownCount} dari ${total} aktivitas kerja yang dicentang (${shownPercent}%) berada pada jenjang ${title}.`
    : `${ownCount} of the ${total} work activities ticked (${shownPercent}%) are at the level of ${title}.`;
}

export function idealRuleText(language: Language, jenjang: Jenjang): string {
  return IDEAL_RULE_TEMPLATE[language].replace('{jenjang}', JENJANG_LABELS[language][jenjang]);
}
