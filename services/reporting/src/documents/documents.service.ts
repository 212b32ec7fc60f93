import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  REPORTS_ARCHIVE_PART_SIZE,
  type AdminActor,
  type FileDownload,
  type Language,
  type ReportsArchive,
  type ResultFilter,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { slug } from '../exports/file-name.js';
import { zipFiles } from '../exports/zip.js';
import { PdfRenderError } from '../pdf/errors.js';
import { PdfService } from '../pdf/pdf.service.js';
import { assertUuid, checkFilter, participantWhere } from '../query/participant-filter.js';
import { PARTICIPANT_RESULT_COLUMNS, PARTICIPANT_RESULT_FROM, type ParticipantResultRow } from '../query/rows.js';
import { isCompleted, ResultsService, type CompletedRow } from '../results/results.service.js';
import { checkSections, directorateDocumentFor, type DirectorateBatteryRow } from './directorate-document.js';
import { proofDocumentFor, type ProofRow } from './proof-document.js';
import { reportDocumentFor } from './report-document.js';

const PDF = 'application/pdf';

/** Renders at once per archive part: PdfService queues the rest, and its queue has a timeout. */
const ARCHIVE_RENDER_CONCURRENCY = 4;

const REPORT_NAME: Record<Language, string> = { id: 'laporan', en: 'report' };
const PROOF_NAME: Record<Language, string> = { id: 'bukti-penyelesaian', en: 'proof-of-completion' };
const DIRECTORATE_NAME: Record<Language, string> = { id: 'laporan-direktorat', en: 'directorate-report' };

/**
 * The individual report and the proof of completion as PDFs, a battery's reports as zips, and the
 * directorate's report on a battery.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly results: ResultsService,
    private readonly pdf: PdfService,
    private readonly analytics: AnalyticsService,
  ) {}

  /**
   * Seed 000 G.3: the admin's texts with the battery's facts and its analytics (combined results
   * only: no per-role scores, so a viewer may render it as well). not_found until reporting has
   * heard of the battery (its first invitation).
   */
  async directorateReportPdf(
    actor: AdminActor,
    batteryId: string,
    sections: unknown,
    language: Language,
  ): Promise<FileDownload> {
    assertUuid('batteryId', batteryId);
    const texts = checkSections(sections);
    const batteries: DirectorateBatteryRow[] = await this.dataSource.query(
      `SELECT name, programme, period_start, deadline FROM reporting.battery WHERE id = $1`,
      [batteryId],
    );
    const battery = batteries[0];
    if (battery === undefined) throw new DomainError('not_found');
    const analytics = await this.analytics.analytics(actor, batteryId, {});
    const doc = directorateDocumentFor(battery, analytics, texts, new Date());
    const bytes = await rendered(this.pdf.directorateReport(doc, language));
    return {
      fileName: `${DIRECTORATE_NAME[language]}-${slug(battery.name)}.pdf`,
      contentType: PDF,
      contentBase64: bytes.toString('base64'),
    };
  }

  /** Only once all four raters submitted; combined results only (the participant's report). */
  async reportPdf(participantId: string, language: Language): Promise<FileDownload> {
    const row = await this.results.completedRow(participantId);
    const bytes = await rendered(this.pdf.report(reportDocumentFor(row, new Date()), language));
    return { fileName: reportFileName(row, language), contentType: PDF, contentBase64: bytes.toString('base64') };
  }

  async proofPdf(assignmentId: string, language: Language): Promise<FileDownload> {
    assertUuid('assignmentId', assignmentId);
    const rows: ProofRow[] = await this.dataSource.query(
      `SELECT a.role, a.rater_name, a.submitted_at, a.competencies, p.name AS participant_name, p.unit,
         b.name AS battery_name, b.programme
       FROM reporting.assignment a
         JOIN reporting.participant p ON p.id = a.participant_id
         JOIN reporting.battery b ON b.id = p.battery_id
       WHERE a.id = $1 AND a.submitted_at IS NOT NULL`,
      [assignmentId],
    );
    const row = rows[0];
    if (row === undefined) throw new DomainError('not_found');
    const bytes = await rendered(this.pdf.proof(proofDocumentFor(row, new Date()), language));
    return {
      fileName: `${PROOF_NAME[language]}-${slug(row.participant_name)}-${row.role}.pdf`,
      contentType: PDF,
      contentBase64: bytes.toString('base64'),
    };
  }

  /**
   * The reports of a battery's completed participants (by name), part `part` of
   * ceil(n / REPORTS_ARCHIVE_PART_SIZE): an RPC reply carries the zip, so each stays a few MB.
   */
  async archive(
    batteryId: string,
    rawFilter: ResultFilter | undefined,
    part: number,
    language: Language,
  ): Promise<ReportsArchive> {
    assertUuid('batteryId', batteryId);
    const filter = checkFilter(rawFilter);
    if (!Number.isInteger(part) || part < 1)
      throw new DomainError('validation_failed', [{ field: 'part', code: 'isInt' }]);
    const params: unknown[] = [];
    const where = `${participantWhere(batteryId, filter, params)} AND p.completed_at IS NOT NULL`;
    const [{ n }] = await this.dataSource.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM reporting.participant p JOIN reporting.result r ON r.participant_id = p.id
       WHERE ${where}`,
      params,
    );
    if (n === 0) throw new DomainError('not_found');
    const parts = Math.ceil(n / REPORTS_ARCHIVE_PART_SIZE);
    if (part > parts) throw new DomainError('validation_failed', [{ field: 'part', code: 'max' }]);
    const rows: ParticipantResultRow[] = await this.dataSource.query(
      `SELECT ${PARTICIPANT_RESULT_COLUMNS} FROM ${PARTICIPANT_RESULT_FROM} WHERE ${where}
       ORDER BY p.name, p.id LIMIT ${REPORTS_ARCHIVE_PART_SIZE} OFFSET ${(part - 1) * REPORTS_ARCHIVE_PART_SIZE}`,
      params,
    );
    const completed = rows.filter(isCompleted);
    const printedAt = new Date();
    const pdfs = await mapLimited(completed, ARCHIVE_RENDER_CONCURRENCY, (row) =>
      rendered(this.pdf.report(reportDocumentFor(row, printedAt), language)),
    );
    const first = (part - 1) * REPORTS_ARCHIVE_PART_SIZE;
    const zip = await zipFiles(
      completed.map((row, i) => ({
        // Numbered so two participants of the same name never collide.
        name: `${String(first + i + 1).padStart(4, '0')}-${reportFileName(row, language)}`,
        content: pdfs[i]!,
      })),
      printedAt,
    );
    const batteryName = completed[0]?.battery_name ?? 'baterai';
    const suffix = parts === 1 ? '' : `-${part}-of-${parts}`;
    return {
      fileName: `${REPORT_NAME[language]}-${slug(batteryName)}${suffix}.zip`,
      contentType: 'application/zip',
      contentBase64: zip.toString('base64'),
      part,
      parts,
      count: completed.length,
    };
  }
}
/** A busy or broken renderer is a passing unavailability for the caller, not an internal error. */
async function rendered(pdf: Promise<Buffer>): Promise<Buffer> {
  try {
    return await pdf;
  } catch (error) {
    if (error instanceof PdfRenderError) throw new DomainError('service_unavailable');
    throw error;
  }
}

function reportFileName(row: CompletedRow, language: Language): string {
  return `${REPORT_NAME[language]}-${slug(row.name, 'peserta')}.pdf`;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
