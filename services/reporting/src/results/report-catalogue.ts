/**
 * The names the report and the exports print for competencies and sub-competencies (seed 000 Tabel 1;
 * report labels and descriptions from the sample report, Gambar 22), taken from the shared catalogue:
 * events carry ids only ("sk04").
 */
import { CATALOGUE } from '@evkin/catalogue';
export interface ReportCompetencyText {
  readonly id: string;
  readonly name: string;
  readonly en: string;
}

export interface ReportSubCompetencyText {
  readonly id: string;
  readonly competencyId: string;
  /** The name of Tabel 1 (exports). */
  readonly name: string;
  /** The label of the individual report's table (Gambar 22), sometimes shorter. */
  readonly reportLabel: string;
  readonly en: string;
  readonly description: string | null;
  readonly descriptionEn: string | null;
}

export const REPORT_COMPETENCIES: readonly ReportCompetencyText[] = CATALOGUE.competencies.map(({ id, name, en }) => ({
  id,
  name,
  en,
}));

/** In report order (sk01 … sk15). */
export const REPORT_SUB_COMPETENCIES: readonly ReportSubCompetencyText[] = CATALOGUE.subCompetencies.map((sub) => ({
  id: sub.id,
  competencyId: sub.competencyId,
  name: sub.name,
  reportLabel: sub.reportLabel,
  en: sub.en,
  description: sub.description,
  descriptionEn: sub.descriptionEn,
}));
