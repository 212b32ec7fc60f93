/**
 * Builds a ReportDocument from what reporting's results code has: the participant (from the
 * `evaluation.completed` event), the participant part of a scoring result, and the texts of the
 * competencies and sub-competencies (reporting's own copy of the catalogue; a service does not
 * import another service's data).
 */
import type { ParticipantResult, SubCompetencyResult } from '@evkin/scoring';
import type {
  Instant,
  LocalizedText,
  ReportCompetency,
  ReportDocument,
  ReportParticipant,
  ReportSubCompetencyResult,
} from './documents.js';
import { PdfDocumentError } from './errors.js';

/** The printed texts of the report table, in report order (seed 000 Tabel 1: 6 competencies, 15 sub-competencies). */
export interface ReportCatalogue {
  readonly competencies: readonly {
    readonly no: number;
    readonly name: LocalizedText;
    readonly subCompetencies: readonly {
      /** The sub-competency number, as scoring's `subCompetencyId` (1–15). */
      readonly no: number;
      readonly name: LocalizedText;
      readonly description: LocalizedText | null;
    }[];
  }[];
}

export interface AssembleReportInput {
  readonly printedAt: Instant;
  readonly participant: ReportParticipant;
  readonly battery?: ReportDocument['battery'];
  readonly catalogue: ReportCatalogue;
  /** `scoreEvaluation(…).participant`: combined results only. */
  readonly result: Pick<ParticipantResult, 'subCompetencies' | 'conclusion' | 'activityProfile'>;
}

/**
 * A catalogue row without a result is printed "not assessed"; a result for a sub-competency the
 * catalogue does not know is an error (the report would silently drop it).
 */
export function assembleReportDocument(input: AssembleReportInput): ReportDocument {
  const results = new Map<number, SubCompetencyResult>(input.result.subCompetencies.map((r) => [r.subCompetencyId, r]));
  const known = new Set(input.catalogue.competencies.flatMap((c) => c.subCompetencies.map((s) => s.no)));
  const unknown = [...results.keys()].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new PdfDocumentError(`Results for sub-competencies missing from the catalogue: ${unknown.join(', ')}.`);
  }
  const competencies: ReportCompetency[] = input.catalogue.competencies.map((competency) => ({
    no: competency.no,
    name: competency.name,
    subCompetencies: competency.subCompetencies.map((sub) => {
      const found = results.get(sub.no);
      const result: ReportSubCompetencyResult =
        found === undefined
          ? { status: 'not_assessed' }
          : found.status === 'scored'
            ? { status: 'scored', category: found.category }
            : { status: found.status };
      return { no: sub.no, name: sub.name, description: sub.description, result };
    }),
  }));
  return {
    printedAt: input.printedAt,
    participant: input.participant,
    battery: input.battery ?? null,
    competencies,
    conclusion: input.result.conclusion ? { category: input.result.conclusion.category } : null,
    activityProfile: input.participant.target === 'petugas' ? null : input.result.activityProfile,
  };
}
