import type { DirectorateReportDocument, PdfLanguage, ProofDocument, ReportDocument } from './documents.js';
import { PdfRenderer, type PdfRendererOptions, type RenderOptions } from './renderer.js';
import { directoratePrintable } from './templates/directorate.js';
import { proofPrintable } from './templates/proof.js';
import { reportPrintable } from './templates/report.js';

/**
 * The PDFs of reporting without any framework: templates + the Chromium page pool. PdfService
 * is this inside Nest; benchmarks and scripts use it directly. Indonesian unless told otherwise.
 * Template errors (PdfDocumentError, InvalidInstantError) are thrown before any page is used.
 */
export class PdfMaker {
  readonly renderer: PdfRenderer;

  constructor(options: PdfRendererOptions | PdfRenderer) {
    this.renderer = options instanceof PdfRenderer ? options : new PdfRenderer(options);
  }

  /** Bukti Penyelesaian Evaluasi (seed 000 Gambar 16). */
  proof(doc: ProofDocument, language: PdfLanguage = 'id', options?: RenderOptions): Promise<Buffer> {
    return this.renderer.render(proofPrintable(doc, language), options);
  }

  /** The individual report (Gambar 22–24). */
  report(doc: ReportDocument, language: PdfLanguage = 'id', options?: RenderOptions): Promise<Buffer> {
    return this.renderer.render(reportPrintable(doc, language), options);
  }

  /** The directorate's report on a battery (seed 000 G.3). */
  directorateReport(
    doc: DirectorateReportDocument,
    language: PdfLanguage = 'id',
    options?: RenderOptions,
  ): Promise<Buffer> {
    return this.renderer.render(directoratePrintable(doc, language), options);
  }

  close(): Promise<void> {
    return this.renderer.close();
  }
}
