import {
  DIRECTORATE_REPORT_SECTIONS,
  DIRECTORATE_REPORT_TEXT_MAX,
  type BatteryAnalytics,
  type DirectorateReportRequest,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import type { DirectorateReportDocument } from '../pdf/documents.js';
import { REPORT_SUB_COMPETENCIES } from '../results/report-catalogue.js';
import { subCompetencyNumber } from '../results/sub-competency-ids.js';

export interface DirectorateBatteryRow {
  name: string;
  programme: string;
  period_start: string;
  deadline: string;
}

/** The four texts, each a string of at most DIRECTORATE_REPORT_TEXT_MAX characters, and nothing else. */
export function checkSections(sections: unknown): DirectorateReportRequest['sections'] {
  if (typeof sections !== 'object' || sections === null || Array.isArray(sections)) {
    throw new DomainError('validation_failed', [{ field: 'sections', code: 'isObject' }]);
  }
  const given = sections as Record<string, unknown>;
  const errors = [
    ...Object.keys(given)
      .filter((key) => !(DIRECTORATE_REPORT_SECTIONS as readonly string[]).includes(key))
      .map((key) => ({ field: `sections.${key}`, code: 'whitelistValidation' })),
    ...DIRECTORATE_REPORT_SECTIONS.flatMap((key) => {
      const value = given[key];
      if (typeof value !== 'string') return [{ field: `sections.${key}`, code: 'isString' }];
      if (value.length > DIRECTORATE_REPORT_TEXT_MAX) return [{ field: `sections.${key}`, code: 'maxLength' }];
      return [];
    }),
  ];
  if (errors.length > 0) throw new DomainError('validation_failed', errors);
  return given as DirectorateReportRequest['sections'];
}

/** What the directorate's report prints: the battery, the admin's texts, the combined analytics. */
export function directorateDocumentFor(
  battery: DirectorateBatteryRow,
  analytics: BatteryAnalytics,
  texts: DirectorateReportRequest['sections'],
  printedAt: Date,
): DirectorateReportDocument {
  const names = new Map(REPORT_SUB_COMPETENCIES.map((sub) => [sub.id, sub]));
  return {
    printedAt,
    battery: {
      name: battery.name,
      programme: battery.programme,
      periodStart: battery.period_start,
      deadline: battery.deadline,
    },
    targets: analytics.options.targets,
    participants: analytics.participants,
    responseRates: analytics.responseRates.map(({ role, invited, submitted, rate }) => ({
      role,
      invited,
      submitted,
      rate,
    })),
    categories: analytics.categories.map((row) => {
      const sub = names.get(row.subCompetencyId);
      return {
        no: subCompetencyNumber(row.subCompetencyId),
        name: sub ? { id: sub.name, en: sub.en } : row.subCompetencyId,
        scored: row.scored,
        counts: row.counts,
      };
    }),
    conclusions: analytics.conclusions,
    workCondition: analytics.workCondition,
    texts,
  };
}
