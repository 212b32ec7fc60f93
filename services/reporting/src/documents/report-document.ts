import { assembleReportDocument } from '../pdf/assemble.js';
import type { ReportDocument } from '../pdf/documents.js';
import type { CompletedRow } from '../results/results.service.js';
import { PDF_REPORT_CATALOGUE } from './report-catalogue.js';

/** The individual report of a completed participant: combined results only (never the breakdown). */
export function reportDocumentFor(row: CompletedRow, printedAt: Date): ReportDocument {
  return assembleReportDocument({
    printedAt,
    participant: {
      name: row.name,
      nip: row.nip,
      unit: row.unit,
      target: row.target,
      province: row.province,
      regency: row.regency === '' ? null : row.regency,
    },
    battery: { name: row.battery_name, programme: row.programme },
    catalogue: PDF_REPORT_CATALOGUE,
    result: row.scoring,
  });
}
