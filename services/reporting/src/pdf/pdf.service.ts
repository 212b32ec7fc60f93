import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { DirectorateReportDocument, PdfLanguage, ProofDocument, ReportDocument } from './documents.js';
import { PdfMaker } from './pdf-maker.js';
import type { PdfLogger, PdfRendererOptions, PdfRendererStats } from './renderer.js';

/** Options of PdfModule (PdfRendererOptions without the logger: the service logs through Nest). */
export const PDF_OPTIONS = Symbol('PDF_OPTIONS');
export type PdfModuleOptions = Omit<PdfRendererOptions, 'logger'>;

/**
 * Proofs and reports as PDF buffers. Chromium starts in the background once the service has booted
 * (the service is ready without it; the first participant's report need not wait for the launch);
 * on module destroy (shutdown) the pool closes and no Chromium is left running.
 */
@Injectable()
export class PdfService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PdfService');
  private readonly maker: PdfMaker;

  constructor(@Inject(PDF_OPTIONS) options: PdfModuleOptions) {
    const log: PdfLogger = {
      info: (message, context) => this.logger.log(context ? { ...context, msg: message } : message),
      warn: (message, context) => this.logger.warn(context ? { ...context, msg: message } : message),
      error: (message, context) => this.logger.error(context ? { ...context, msg: message } : message),
    };
    this.maker = new PdfMaker({ ...options, logger: log });
  }

  /** Bukti Penyelesaian Evaluasi; Indonesian unless `language` is 'en'. */
  proof(doc: ProofDocument, language: PdfLanguage = 'id'): Promise<Buffer> {
    return this.maker.proof(doc, language);
  }

  /** The individual report; Indonesian unless `language` is 'en'. */
  report(doc: ReportDocument, language: PdfLanguage = 'id'): Promise<Buffer> {
    return this.maker.report(doc, language);
  }

  /** The directorate's report on a battery; Indonesian unless `language` is 'en'. */
  directorateReport(doc: DirectorateReportDocument, language: PdfLanguage = 'id'): Promise<Buffer> {
    return this.maker.directorateReport(doc, language);
  }

  stats(): PdfRendererStats {
    return this.maker.renderer.stats();
  }

  onApplicationBootstrap(): void {
    void this.maker.renderer.warmUp();
  }

  onModuleDestroy(): Promise<void> {
    return this.maker.close();
  }
}
