/**
 * The frame every PDF shares: an A4 HTML document with a print stylesheet, and the header and
 * footer Chromium draws in the page margins on every page (confidentiality mark, print time and
 * "Halaman n dari m").
 */
import type { PdfLanguage } from '../documents.js';
import { html, trustedHtml, type SafeHtml } from '../html.js';
import { PDF_TEXT } from '../text.js';

/** A document ready for the renderer: the page itself and what Chromium prints in the margins. */
export interface PrintableDocument {
  /** A complete HTML document with no external resources (the renderer blocks every request). */
  readonly html: string;
  /** Chromium header/footer templates (escaped HTML, inline styles only). */
  readonly headerTemplate: string;
  readonly footerTemplate: string;
}

/** Page margins: the header and footer are drawn inside the top and bottom ones. */
export const PAGE_MARGINS = { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' } as const;

const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

const STYLESHEET = trustedHtml(`
@page { size: A4; }
* { box-sizing: border-box; }
html { font-family: ${FONT}; font-size: 9.5pt; line-height: 1.35; color: #111;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1 { font-size: 12.5pt; text-align: center; margin: 0 0 5mm; letter-spacing: 0.02em; }
h2 { font-size: 10.5pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; text-align: justify; orphans: 3; widows: 3; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.6pt solid #6b7280; padding: 1.4mm 2mm; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
thead th { background: #dbe5f1; font-weight: bold; }
tr { break-inside: avoid; page-break-inside: avoid; }
.muted { color: #4b5563; }
.nowrap { white-space: nowrap; }
.center { text-align: center; }
.section { break-before: page; page-break-before: always; }
.keep { break-inside: avoid; page-break-inside: avoid; }

/* identity block: label : value, two columns, no grid */
table.identity { margin-bottom: 4mm; }
table.identity th, table.identity td { border: none; padding: 0.7mm 1.5mm 0.7mm 0; }
table.identity th { font-weight: normal; white-space: nowrap; width: 1%; }
table.identity td.colon { width: 1%; padding-right: 1.5mm; }
table.identity td.value { font-weight: bold; width: 48%; }

/* the performance evaluation profile table */
table.profile col.competency { width: 21%; }
table.profile col.sub { width: 21%; }
table.profile col.description { width: 42%; }
table.profile col.category { width: 16%; }
table.profile td.competency { font-weight: bold; background: #f3f6fa; }
table.profile td.category { font-weight: bold; }
table.profile td.not-assessed { color: #4b5563; font-style: italic; }
table.profile tr.conclusion th { background: #dbe5f1; }
table.profile tr.conclusion td { font-weight: bold; font-size: 10.5pt; }
.explanation { margin-top: 2mm; font-size: 8.5pt; color: #374151; }

/* the activity profile */
table.activity td.count, table.activity td.percent { white-space: nowrap; }
table.activity tr.own td { background: #f3f6fa; }
table.legend { margin: 4mm 0; }
table.legend td { border: none; padding: 1mm 2mm 1mm 0; }
table.legend td.box { width: 7mm; }
table.legend td.label { width: 52mm; font-weight: bold; }
.checkbox { display: inline-block; width: 4.2mm; height: 4.2mm; border: 0.8pt solid #111; vertical-align: middle; }
.checkbox svg { display: block; width: 100%; height: 100%; }

/* the directorate's report */
.directorate .subtitle { text-align: center; margin-bottom: 6mm; }
.directorate h3 { font-size: 9.5pt; margin: 4mm 0 1.5mm; }
.directorate table { margin: 2mm 0 4mm; }
.directorate caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
.directorate th[scope="row"] { font-weight: normal; }
.directorate .num { text-align: right; white-space: nowrap; }
table.facts th { width: 45%; background: #f3f6fa; }
table.figures tr.total th, table.figures tr.total td { font-weight: bold; }

/* the proof of completion */
.proof h1 { text-align: left; font-size: 15pt; margin-bottom: 1mm; }
.proof .printed { margin-bottom: 6mm; }
table.proof-grid { table-layout: fixed; }
table.proof-grid td { padding: 3mm; border: 0.6pt solid #9ca3af; }
table.proof-grid .label { display: block; font-size: 8.5pt; color: #4b5563; margin-bottom: 1mm; }
table.proof-grid .main { display: block; font-weight: bold; font-size: 10.5pt; }
table.proof-grid ul { margin: 0; padding-left: 4.5mm; font-weight: bold; }
.confirmed { margin-top: 6mm; padding: 3mm; border: 1.2pt solid #166534; color: #166534;
  font-weight: bold; font-size: 12pt; text-align: center; letter-spacing: 0.04em; }
`);

/** The HTML document around a body. */
export function page(language: PdfLanguage, title: string, body: SafeHtml, bodyClass = ''): string {
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${STYLESHEET}
        </style>
      </head>
      <body class="${bodyClass}">
        ${body}
      </body>
    </html>`.value;
}

const MARGIN_STYLE = `font-family:${FONT};font-size:7.5pt;color:#4b5563;width:100%;margin:0 ${PAGE_MARGINS.right} 0 ${PAGE_MARGINS.left};display:flex;justify-content:space-between;align-items:center;`;

/** Header of every page: the confidentiality mark on the right (seed 000 Gambar 22–23: "Rahasia"). */
export function headerTemplate(options: { left?: string; right?: string }): string {
  return html`<div style="${MARGIN_STYLE}">
    <span>${options.left ?? ''}</span
    ><span style="font-weight:bold;color:#991b1b;font-size:8.5pt">${options.right ?? ''}</span>
  </div>`.value;
}

/** Footer of every page: what and when on the left, "Halaman n dari m" on the right. */
export function footerTemplate(language: PdfLanguage, left: string): string {
  const t = PDF_TEXT[language].page;
  return html`<div style="${MARGIN_STYLE}">
    <span>${left}</span
    ><span>${t.before} <span class="pageNumber"></span> ${t.between} <span class="totalPages"></span></span>
  </div>`.value;
}
