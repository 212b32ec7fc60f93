/**
 * The directorate's report on a battery (seed 000 G.3): a. pendahuluan, b. pelaksanaan kegiatan
 * (the execution facts and the response rates), c. analisis hasil evaluasi kinerja (category and
 * conclusion distributions, Kondisi Kerja Ideal), d. rekomendasi dan tindak lanjut. The admin's
 * texts are printed as written (escaped); blank lines separate paragraphs.
 */
import { CATEGORIES, CONCLUSION_LABELS, CATEGORY_LABELS, ROLE_LABELS, TARGET_LABELS } from '@evkin/scoring';
import type { DirectorateReportDocument, PdfLanguage } from '../documents.js';
import { formatWib, localized, numbered } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { PDF_TEXT } from '../text.js';
import { footerTemplate, headerTemplate, page, type PrintableDocument } from './layout.js';

type Part = keyof DirectorateReportDocument['texts'];
const PARTS: readonly Part[] = ['pendahuluan', 'pelaksanaanKegiatan', 'analisisHasil', 'rekomendasiTindakLanjut'];

/** A percentage with one decimal, in the language's notation ("40,5%" / "40.5%"); "-" when there is no whole. */
export function formatShare(share: number | null, language: PdfLanguage): string {
  if (share === null) return '-';
  const text = share.toFixed(1);
  return `${language === 'id' ? text.replace('.', ',') : text}%`;
}

const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

/** The admin's text: paragraphs at blank lines, line breaks kept inside a paragraph. */
function prose(text: string, language: PdfLanguage): SafeHtml {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paragraphs.length === 0) return html`<p class="muted">${PDF_TEXT[language].directorate.notWritten}</p>`;
  return html`${paragraphs.map(
    (paragraph) =>
      html`<p class="prose">
        ${paragraph.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br />${line}`))}
      </p>`,
  )}`;
}

function facts(doc: DirectorateReportDocument, language: PdfLanguage): SafeHtml {
  const t = PDF_TEXT[language].directorate;
  const { total, completed } = doc.participants;
  const row = (label: string, value: string) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value}</td>
    </tr>`;
  return html`<table class="facts keep">
      <caption>
        ${t.facts.caption}
      </caption>
      ${row(t.facts.battery, doc.battery.name)} ${row(t.facts.programme, doc.battery.programme)}
      ${row(t.facts.targets, doc.targets.map((target) => TARGET_LABELS[language][target]).join(', ') || '-')}
      ${row(t.facts.period, `${doc.battery.periodStart} – ${doc.battery.deadline}`)}
      ${row(t.facts.participants, String(total))}
      ${row(t.facts.completed, `${completed} (${formatShare(shareOf(completed, total), language)})`)}
    </table>
    <table class="figures keep">
      <caption>
        ${t.responses.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.responses.role}</th>
          <th scope="col" class="num">${t.responses.invited}</th>
          <th scope="col" class="num">${t.responses.submitted}</th>
          <th scope="col" class="num">${t.responses.rate}</th>
        </tr>
      </thead>
      <tbody>
        ${doc.responseRates.map(
          (r) =>
            html`<tr>
              <th scope="row">${ROLE_LABELS[language][r.role]}</th>
              <td class="num">${r.invited}</td>
              <td class="num">${r.submitted}</td>
              <td class="num">${formatShare(r.rate, language)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function analysis(doc: DirectorateReportDocument, language: PdfLanguage): SafeHtml {
  const t = PDF_TEXT[language].directorate;
  if (doc.conclusions.total === 0) return html`<p class="muted">${t.noResults}</p>`;
  const { profiled, ideal, share } = doc.workCondition;
  const finding =
    profiled === 0
      ? t.workCondition.none
      : t.workCondition.finding
          .replace('{ideal}', String(ideal))
          .replace('{profiled}', String(profiled))
          .replace('{share}%', formatShare(share, language));
  return html`<table class="figures">
      <caption>
        ${t.categories.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.categories.subCompetency}</th>
          ${CATEGORIES.map((c) => html`<th scope="col" class="num">${CATEGORY_LABELS[language][c]}</th>`)}
          <th scope="col" class="num">${t.categories.scored}</th>
        </tr>
      </thead>
      <tbody>
        ${doc.categories.map(
          (row) =>
            html`<tr>
              <th scope="row">${numbered(row.no, localized(row.name, language))}</th>
              ${CATEGORIES.map((c) => html`<td class="num">${row.counts[c]}</td>`)}
              <td class="num">${row.scored}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table class="figures keep">
      <caption>
        ${t.conclusions.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.conclusions.conclusion}</th>
          <th scope="col" class="num">${t.conclusions.participants}</th>
          <th scope="col" class="num">${t.conclusions.share}</th>
        </tr>
      </thead>
      <tbody>
        ${CATEGORIES.map(
          (c) =>
            html`<tr>
              <th scope="row">${CONCLUSION_LABELS[language][c]}</th>
              <td class="num">${doc.conclusions.counts[c]}</td>
              <td class="num">${formatShare(shareOf(doc.conclusions.counts[c], doc.conclusions.total), language)}</td>
            </tr>`,
        )}
        <tr class="total">
          <th scope="row">${t.conclusions.total}</th>
          <td class="num">${doc.conclusions.total}</td>
          <td class="num">${formatShare(100, language)}</td>
        </tr>
      </tbody>
    </table>
    <h3>${t.workCondition.caption}</h3>
    <p>${finding}</p>`;
}

export function directorateBody(doc: DirectorateReportDocument, language: PdfLanguage): SafeHtml {
  const t = PDF_TEXT[language].directorate;
  const generated: Partial<Record<Part, SafeHtml>> = {
    pelaksanaanKegiatan: facts(doc, language),
    analisisHasil: analysis(doc, language),
  };
  return html`<main class="directorate">
    <h1>${t.title}</h1>
    <p class="subtitle">${doc.battery.name}<br />${t.issuer}</p>
    ${PARTS.map(
      (part, i) =>
        html`<section>
          <h2>${String.fromCharCode(65 + i)}. ${t.sections[part]}</h2>
          ${generated[part] ?? ''} ${prose(doc.texts[part], language)}
        </section>`,
    )}
  </main>`;
}

export function directoratePrintable(doc: DirectorateReportDocument, language: PdfLanguage): PrintableDocument {
  const t = PDF_TEXT[language];
  return {
    html: page(language, `${t.directorate.title}: ${doc.battery.name}`, directorateBody(doc, language)),
    headerTemplate: headerTemplate({ left: t.directorate.issuer }),
    footerTemplate: footerTemplate(language, `Evkin 360 · ${t.printedOn} ${formatWib(doc.printedAt, language)}`),
  };
}
