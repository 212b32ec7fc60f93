import { Module, type DynamicModule } from '@nestjs/common';
import type { ReportingEnv } from '../config.js';
import { PDF_OPTIONS, PdfService, type PdfModuleOptions } from './pdf.service.js';
import { defaultPoolSize } from './renderer.js';

export function pdfOptionsFromEnv(
  env: Pick<ReportingEnv, 'CHROMIUM_PATH' | 'PDF_POOL_SIZE' | 'PDF_RECYCLE_AFTER' | 'PDF_RENDER_TIMEOUT_MS'>,
): PdfModuleOptions {
  // PDF_POOL_SIZE=0: one page per CPU core, at most 4.
  return {
    executablePath: env.CHROMIUM_PATH,
    poolSize: env.PDF_POOL_SIZE === 0 ? defaultPoolSize() : env.PDF_POOL_SIZE,
    recycleAfter: env.PDF_RECYCLE_AFTER,
    renderTimeoutMs: env.PDF_RENDER_TIMEOUT_MS,
  };
}

/**
 * `PdfModule.forEnv(env)` in AppModule's imports gives PdfService to every module (global):
 * `pdf.proof(doc, language)` and `pdf.report(doc, language)` return PDF buffers.
 */
@Module({})
export class PdfModule {
  static forEnv(
    env: Pick<ReportingEnv, 'CHROMIUM_PATH' | 'PDF_POOL_SIZE' | 'PDF_RECYCLE_AFTER' | 'PDF_RENDER_TIMEOUT_MS'>,
  ): DynamicModule {
    return PdfModule.register(pdfOptionsFromEnv(env));
  }

  static register(options: PdfModuleOptions): DynamicModule {
    return {
      module: PdfModule,
      global: true,
      providers: [{ provide: PDF_OPTIONS, useValue: options }, PdfService],
      exports: [PdfService],
    };
  }
}
