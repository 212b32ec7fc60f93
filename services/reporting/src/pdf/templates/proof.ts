/** Bukti Penyelesaian Evaluasi: the one-page proof a rater downloads after Kirim Data (seed 000 Gambar 16). */
import { ROLE_LABELS } from '@evkin/scoring';
import type { PdfLanguage, ProofDocument } from '../documents.js';
import { formatWib, localized } from '../format.js';
import { html } from '../html.js';
import { PDF_TEXT } from '../text.js';
import { footerTemplate, headerTemplate, page, type PrintableDocument } from './layout.js';

export function proofBody(doc: ProofDocument, language: PdfLanguage) {
  const t = PDF_TEXT[language].proof;
  const printedOn = PDF_TEXT[language].printedOn;
  const competencies = doc.competencies.map((c) => localized(c, language));
  return html`<main class="proof">
    <h1>${t.title}</h1>
    <p class="printed muted">${printedOn} ${formatWib(doc.printedAt, language)}</p>
    <table class="proof-grid">
      <tr>
        <td>
          <span class="label">${t.participant}</span><span class="main">${doc.participant.name}</span>${t.unit}:
          ${doc.participant.unit}
        </td>
        <td>
          <span class="label">${t.raterRole}</span
          ><span class="main">${ROLE_LABELS[language][doc.rater.role]}</span>${t.raterName}: ${doc.rater.name}
        </td>
      </tr>
      <tr>
        <td>
          <span class="label">${t.competencies}</span>
          <ul>
            ${competencies.map((name) => html`<li>${name}</li>`)}
          </ul>
        </td>
        <td>
          <span class="label">${t.programme}</span><span class="main">${doc.programme}</span>${t.battery}:
          ${doc.batteryName}
        </td>
      </tr>
      <tr>
        <td colspan="2">
          <span class="label">${t.completedAt}</span
          ><span class="main">${formatWib(doc.submittedAt, language)}</span>${t.status}:
          <strong>${t.statusValue}</strong>
        </td>
      </tr>
    </table>
    <p class="confirmed">${t.confirmed}</p>
  </main>`;
}

export function proofPrintable(doc: ProofDocument, language: PdfLanguage): PrintableDocument {
  const t = PDF_TEXT[language];
  return {
    html: page(language, `${t.proof.title}: ${doc.participant.name}`, proofBody(doc, language)),
    headerTemplate: headerTemplate({ left: 'Evkin 360' }),
    footerTemplate: footerTemplate(language, `${t.printedOn} ${formatWib(doc.printedAt, language)}`),
  };
}
