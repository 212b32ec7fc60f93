/**
 * The individual report (seed 000 G.2.f): identity, PROFIL EVALUASI KINERJA with KESIMPULAN
 * (Gambar 22, 24), and for a Pengantar Kerja the PROFIL AKTIVITAS KERJA on its own page (Gambar 23).
 * Marked "Rahasia" on every page.
 */
import {
  CATEGORY_LABELS,
  CONCLUSION_LABELS,
  JENJANG_LABELS,
  NOT_ASSESSED_LABELS,
  TARGET_LABELS,
  presentActivityProfile,
  type ActivityProfile,
  type Jenjang,
} from '@evkin/scoring';
import type { PdfLanguage, ReportCompetency, ReportDocument, ReportSubCompetency } from '../documents.js';
import { PdfDocumentError } from '../errors.js';
import { formatWib, localized, numbered } from '../format.js';
import { html, trustedHtml, type SafeHtml } from '../html.js';
import { PDF_TEXT, withJenjang } from '../text.js';
import { footerTemplate, headerTemplate, page, type PrintableDocument } from './layout.js';

/** Throws PdfDocumentError when the document cannot be printed as the regulation's report. */
export function checkReportDocument(doc: ReportDocument): void {
  const { target } = doc.participant;
  if (doc.competencies.every((c) => c.subCompetencies.length === 0)) {
    throw new PdfDocumentError('The report has no sub-competency rows.');
  }
  if (target !== 'petugas') {
    if (doc.activityProfile === null) {
      throw new PdfDocumentError(`A Pengantar Kerja report (${target}) needs the activity profile.`);
    }
    if (doc.activityProfile.jenjang !== target) {
      throw new PdfDocumentError(
        `The activity profile is for ${doc.activityProfile.jenjang}, the participant is ${target}.`,
      );
    }
  }
}

interface IdentityField {
  readonly label: string;
  readonly value: string;
}

function identity(doc: ReportDocument, language: PdfLanguage): SafeHtml {
  const t = PDF_TEXT[language].report;
  const p = doc.participant;
  const present = (label: string, value: string | null | undefined): IdentityField[] =>
    value ? [{ label, value }] : [];
  const left: IdentityField[] = [
    { label: t.name, value: p.name },
    ...present(t.nip, p.nip),
    { label: t.level, value: TARGET_LABELS[language][p.target] },
    ...present(t.battery, doc.battery?.name),
  ];
  const right: IdentityField[] = [
    { label: t.unit, value: p.unit },
    { label: t.province, value: p.province },
    ...present(t.regency, p.regency),
    ...present(t.programme, doc.battery?.programme),
  ];
  const cells = (field: IdentityField | undefined) =>
    field
      ? html`<th scope="row">${field.label}</th>
          <td class="colon">:</td>
          <td class="value">${field.value}</td>`
      : html`<th></th>
          <td class="colon"></td>
          <td class="value"></td>`;
  const rows = Array.from(
    { length: Math.max(left.length, right.length) },
    (_, i) =>
      html`<tr>
        ${cells(left[i])}${cells(right[i])}
      </tr>`,
  );
  return html`<table class="identity">
    ${rows}
  </table>`;
}

function subCompetencyCells(row: ReportSubCompetency, language: PdfLanguage): SafeHtml {
  const name = numbered(row.no, localized(row.name, language));
  const { result } = row;
  switch (result.status) {
    case 'scored':
      return html`<td>${name}</td>
        <td>${row.description ? localized(row.description, language) : ''}</td>
        <td class="category">${CATEGORY_LABELS[language][result.category]}</td>`;
    case 'not_assessed':
    case 'no_answers': {
      const notAssessed = NOT_ASSESSED_LABELS[language];
      return html`<td>${name}</td>
        <td class="not-assessed">${notAssessed.description}</td>
        <td class="category center">${notAssessed.category}</td>`;
    }
  }
}

function competencyRows(competency: ReportCompetency, language: PdfLanguage): SafeHtml {
  const rows = competency.subCompetencies;
  return html`<tbody>
    ${rows.map((row, i) =>
      i === 0
        ? html`<tr>
            <td class="competency" rowspan="${rows.length}">
              ${numbered(competency.no, localized(competency.name, language))}
            </td>
            ${subCompetencyCells(row, language)}
          </tr>`
        : html`<tr>
            ${subCompetencyCells(row, language)}
          </tr>`,
    )}
  </tbody>`;
}

function profile(doc: ReportDocument, language: PdfLanguage): SafeHtml {
  const t = PDF_TEXT[language].report;
  const conclusion = doc.conclusion ? CONCLUSION_LABELS[language][doc.conclusion.category] : '-';
  return html`<h2>${t.profileTitle}</h2>
    <table class="profile">
      <colgroup>
        <col class="competency" />
        <col class="sub" />
        <col class="description" />
        <col class="category" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">${t.columns.competency}</th>
          <th scope="col">${t.columns.subCompetency}</th>
          <th scope="col">${t.columns.description}</th>
          <th scope="col">${t.columns.category}</th>
        </tr>
      </thead>
      ${doc.competencies.filter((c) => c.subCompetencies.length > 0).map((c) => competencyRows(c, language))}
      <tbody>
        <tr class="conclusion">
          <th scope="row" colspan="2">${t.conclusion}</th>
          <td colspan="2">${conclusion}</td>
        </tr>
      </tbody>
    </table>
    <p class="explanation">${doc.conclusion ? t.conclusionExplanation : t.noConclusion}</p>`;
}

const CHECK_MARK = trustedHtml(
  '<svg viewBox="0 0 12 12" aria-hidden="true"><path d="M2.2 6.4 L5 9.2 L10 2.8" fill="none" stroke="#111" stroke-width="1.8"/></svg>',
);

function activityProfile(profileData: ActivityProfile, jenjang: Jenjang, language: PdfLanguage): SafeHtml {
  const t = PDF_TEXT[language].report;
  const shown = presentActivityProfile(profileData, language);
  const jenjangTitle = JENJANG_LABELS[language][jenjang];
  const ruleFor = (condition: 'ideal' | 'less_than_ideal') =>
    condition === 'ideal' ? shown.rule : t.lessThanIdealRule;
  return html`<section class="section">
    <h2>${shown.title}</h2>
    <table class="activity keep">
      <thead>
        <tr>
          ${shown.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shown.rows.map(
          (row) =>
            html`<tr class="${row.jenjang === jenjang ? 'own' : ''}">
              <td><strong>${row.level}</strong></td>
              <td class="count">${row.count}</td>
              <td class="percent">${row.percent}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table class="legend keep">
      ${shown.legend.map(
        (item) =>
          html`<tr>
            <td class="box"><span class="checkbox">${item.checked ? CHECK_MARK : ''}</span></td>
            <td class="label">${item.label}</td>
            <td>${ruleFor(item.condition)}</td>
          </tr>`,
      )}
    </table>
    <p><strong>${shown.finding}</strong></p>
    ${t.activityExplanation.map((paragraph) => html`<p>${withJenjang(paragraph, jenjangTitle)}</p>`)}
  </section>`;
}

export function reportBody(doc: ReportDocument, language: PdfLanguage): SafeHtml {
  checkReportDocument(doc);
  const t = PDF_TEXT[language].report;
  const { target } = doc.participant;
  return html`<main class="report">
    <h1>${target === 'petugas' ? t.title.petugas : t.title.pengantarKerja}</h1>
    ${identity(doc, language)} ${profile(doc, language)}
    ${target !== 'petugas' && doc.activityProfile ? activityProfile(doc.activityProfile, target, language) : ''}
  </main>`;
}

export function reportPrintable(doc: ReportDocument, language: PdfLanguage): PrintableDocument {
  const t = PDF_TEXT[language];
  return {
    html: page(language, `${t.report.profileTitle}: ${doc.participant.name}`, reportBody(doc, language)),
    headerTemplate: headerTemplate({ left: doc.participant.name, right: t.confidential }),
    footerTemplate: footerTemplate(language, `Evkin 360 · ${t.printedOn} ${formatWib(doc.printedAt, language)}`),
  };
}
