import type { Language, RaterRole } from '@evkin/contracts';
import { CATEGORY_LABELS, CONCLUSION_LABELS, TARGET_LABELS, WORK_CONDITION_LABELS } from '@evkin/scoring';
import type { ParticipantResultRow } from '../query/rows.js';
import { REPORT_SUB_COMPETENCIES } from '../results/report-catalogue.js';
import { round1 } from '../results/present-result.js';
import type { Cell } from './csv.js';

const HEADINGS = {
  id: {
    no: 'No',
    name: 'Nama',
    nip: 'NIP',
    target: 'Jabatan / Jenjang',
    unit: 'Unit Kerja',
    province: 'Provinsi',
    regency: 'Kabupaten/Kota',
    status: 'Status',
    submittedRoles: 'Penilai selesai',
    completedAt: 'Selesai pada',
    index: 'Indeks',
    category: 'Kategori',
    conclusionIndex: 'Kesimpulan — Indeks',
    conclusion: 'Kesimpulan',
    ownLevel: 'Aktivitas pada jenjang sendiri (%)',
    condition: 'Kondisi Kerja',
    gap: 'Selisih diri sendiri vs. penilai lain',
    completed: 'Selesai',
    inProgress: 'Belum selesai',
  },
  en: {
    no: 'No',
    name: 'Name',
    nip: 'NIP',
    target: 'Position / level',
    unit: 'Work unit',
    province: 'Province',
    regency: 'Regency/City',
    status: 'Status',
    submittedRoles: 'Raters submitted',
    completedAt: 'Completed at',
    index: 'Index',
    category: 'Category',
    conclusionIndex: 'Conclusion — index',
    conclusion: 'Conclusion',
    ownLevel: 'Activities at own level (%)',
    condition: 'Work condition',
    gap: 'Self vs. others gap',
    completed: 'Completed',
    inProgress: 'In progress',
  },
} as const satisfies Record<Language, Record<string, string>>;

export interface ResultTableOptions {
  language: Language;
  /** The battery's sub-competencies ("sk04", …), in report order. */
  subCompetencyIds: readonly string[];
  /** Admins only: the overall self-vs-others gap (DESIGN §2 confidentiality). */
  includeGap: boolean;
}

export interface ResultTable {
  header: string[];
  rows: Cell[][];
}

function subCompetencyName(id: string, language: Language): string {
  const found = REPORT_SUB_COMPETENCIES.find((s) => s.id === id);
  if (found === undefined) return id;
  return language === 'id' ? found.name : found.en;
}

/**
 * The results of a battery as one table, one participant a row, combined results only (plus the
 * overall gap for admins). Participants not yet complete are listed with empty result columns.
 */
export function resultTable(
  participants: readonly (ParticipantResultRow & { submittedRoles: readonly RaterRole[] })[],
  options: ResultTableOptions,
): ResultTable {
  const h = HEADINGS[options.language];
  const header: string[] = [
    h.no,
    h.name,
    h.nip,
    h.target,
    h.unit,
    h.province,
    h.regency,
    h.status,
    h.submittedRoles,
    h.completedAt,
  ];
  for (const id of options.subCompetencyIds) {
    const name = subCompetencyName(id, options.language);
    header.push(`${name} — ${h.index}`, `${name} — ${h.category}`);
  }
  header.push(h.conclusionIndex, h.conclusion, h.ownLevel, h.condition);
  if (options.includeGap) header.push(h.gap);

  const rows = participants.map((p, i): Cell[] => {
    const outcome = p.outcome;
    const row: Cell[] = [
      i + 1,
      p.name,
      p.nip,
      TARGET_LABELS[options.language][p.target],
      p.unit,
      p.province,
      p.regency,
      p.completed_at === null ? h.inProgress : h.completed,
      p.submittedRoles.length,
      p.completed_at,
    ];
    for (const id of options.subCompetencyIds) {
      const sub = outcome?.subCompetencies.find((s) => s.subCompetencyId === id);
      row.push(sub?.index ?? null, sub?.category ? CATEGORY_LABELS[options.language][sub.category] : null);
    }
    const conclusion = outcome?.conclusion ?? null;
    const profile = outcome?.activityProfile ?? null;
    row.push(
      conclusion?.index ?? null,
      conclusion ? CONCLUSION_LABELS[options.language][conclusion.category] : null,
      profile?.ownLevelPercent ?? null,
      profile ? WORK_CONDITION_LABELS[options.language][profile.condition] : null,
    );
    if (options.includeGap) {
      const gap = p.breakdown?.overall.selfVsOthersGap ?? null;
      row.push(gap === null ? null : round1(gap));
    }
    return row;
  });
  return { header, rows };
}
