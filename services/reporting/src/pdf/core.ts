/**
 * The framework-free part of the PDF module (no Nest): document types, templates, the renderer.
 * `bench/report-pdf.mjs` imports the built `dist/pdf/core.js`.
 */
export * from './assemble.js';
export * from './documents.js';
export * from './errors.js';
export { formatWib, InvalidInstantError, localized } from './format.js';
export { escapeHtml, html, SafeHtml, type HtmlValue } from './html.js';
export * from './pdf-maker.js';
export * from './renderer.js';
export { PDF_TEXT, type PdfText } from './text.js';
export type { PrintableDocument } from './templates/layout.js';
export { proofPrintable } from './templates/proof.js';
export { checkReportDocument, reportPrintable } from './templates/report.js';
export { directoratePrintable, formatShare } from './templates/directorate.js';
