import type { TranslationKey } from '../../../core/i18n/id';

/** Seed 000 G.3: the directorate's report has these four parts, in this order. */
export const REPORT_SECTIONS = [
  'pendahuluan',
  'pelaksanaanKegiatan',
  'analisisHasil',
  'rekomendasiTindakLanjut',
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];
export type ReportTexts = Record<ReportSectionId, string>;

export const sectionTitleKey = (id: ReportSectionId): TranslationKey => `admin.report.section.${id}`;
export const sectionHintKey = (id: ReportSectionId): TranslationKey => `admin.report.hint.${id}`;

export function emptyTexts(): ReportTexts {
  return { pendahuluan: '', pelaksanaanKegiatan: '', analisisHasil: '', rekomendasiTindakLanjut: '' };
}

export function isReportTexts(value: unknown): value is ReportTexts {
  if (typeof value !== 'object' || value === null) return false;
  return REPORT_SECTIONS.every((id) => typeof (value as Record<string, unknown>)[id] === 'string');
}
