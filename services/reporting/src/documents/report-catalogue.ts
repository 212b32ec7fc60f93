import type { ReportCatalogue } from '../pdf/assemble.js';
import { REPORT_COMPETENCIES, REPORT_SUB_COMPETENCIES } from '../results/report-catalogue.js';
import { subCompetencyNumber } from '../results/sub-competency-ids.js';

const numberOf = (competencyId: string): number => Number(competencyId.replace(/^k/, ''));

/** Reporting's catalogue texts in the shape the PDF report prints (competency → sub-competency rows). */
export const PDF_REPORT_CATALOGUE: ReportCatalogue = {
  competencies: REPORT_COMPETENCIES.map((competency) => ({
    no: numberOf(competency.id),
    name: { id: competency.name, en: competency.en },
    subCompetencies: REPORT_SUB_COMPETENCIES.filter((sub) => sub.competencyId === competency.id).map((sub) => ({
      no: subCompetencyNumber(sub.id),
      name: { id: sub.reportLabel, en: sub.en },
      description: sub.description === null ? null : { id: sub.description, en: sub.descriptionEn },
    })),
  })),
};
