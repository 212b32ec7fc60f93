import { CATEGORY_LABELS, CONCLUSION_LABELS, NOT_ASSESSED_LABELS, WORK_CONDITION_LABELS } from '@evkin/scoring';
import type { ReportDocument } from '../documents.js';
import { PdfDocumentError } from '../errors.js';
import { sampleProof, sampleReport } from '../samples.js';
import { proofPrintable } from './proof.js';
import { reportPrintable } from './report.js';

/** The table rows of a document, each as its text without tags. */
function rows(markup: string): string[] {
  return markup
    .split(/<tr\b[^>]*>/)
    .slice(1)
    .map((row) => row.split('</tr>')[0] ?? '')
    .map((row) =>
      row
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

const NASTY = `<b>Budi & "Sari"</b>`;
const ESCAPED = '&lt;b&gt;Budi &amp; &quot;Sari&quot;&lt;/b&gt;';

/** Whitespace between words and tags collapses when the browser lays the page out, as in the PDF. */
function asRendered<T extends { html: string }>(printable: T): T {
  return { ...printable, html: printable.html.replace(/\s+/g, ' ').replace(/> /g, '>').replace(/ </g, '<') };
}

describe('Bukti Penyelesaian template', () => {
  it('prints every field of Gambar 16 in Indonesian', () => {
    const { html, footerTemplate } = asRendered(proofPrintable(sampleProof(), 'id'));
    for (const text of [
      'Bukti Penyelesaian Evaluasi',
      'Dicetak pada 07 Nov 2025, 08:31 WIB',
      'Budi Sutan',
      'Unit: Direktorat Bina Pengantar Kerja',
      'Peran Rater (Penilai)',
      'Diri Sendiri',
      'Nama Rater (Penilai): Budi Sutan',
      '2. Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja',
      'Simulasi PK 11-06-2025',
      'Baterai PK Ahli Pertama 2026',
      'Waktu Penyelesaian',
      'SUBMITTED',
      'TERKONFIRMASI: TELAH DIKIRIM',
    ]) {
      expect(html).toContain(text);
    }
    expect(footerTemplate).toContain('class="pageNumber"');
    expect(footerTemplate).toContain('class="totalPages"');
  });

  it('prints English labels and the English competency name in English', () => {
    const { html } = asRendered(
      proofPrintable(sampleProof({ rater: { role: 'service_user', name: 'Mulyana' } }), 'en'),
    );
    expect(html).toContain('Proof of Evaluation Completion');
    expect(html).toContain('Service user');
    expect(html).toContain('2. Job placement and expansion of employment opportunities');
    expect(html).toContain('CONFIRMED: SUBMITTED');
    expect(html).toContain('Printed on 07 Nov 2025, 08:31 WIB');
    expect(html).toContain('lang="en"');
  });

  it('escapes every piece of data', () => {
    const doc = sampleProof({
      participant: { name: NASTY, unit: '<i>Unit</i>' },
      rater: { role: 'peer', name: NASTY },
      competencies: ['<script>x()</script>'],
      programme: 'A & B',
      batteryName: '"Baterai"',
    });
    const { html } = asRendered(proofPrintable(doc, 'id'));
    expect(html).not.toContain('<b>Budi');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<i>Unit');
    expect(html).toContain(ESCAPED);
    expect(html).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).toContain('&quot;Baterai&quot;');
  });
});

describe('individual report template', () => {
  it('has a row per sub-competency with its category, or the "not assessed" text and "-"', () => {
    const doc = sampleReport();
    const { html } = asRendered(reportPrintable(doc, 'id'));
    const table = rows(html);
    for (const competency of doc.competencies) {
      for (const sub of competency.subCompetencies) {
        const name = `${sub.no}. ${typeof sub.name === 'string' ? sub.name : sub.name.id}`;
        const row = table.find((r) => r.includes(name));
        expect(row).toBeDefined();
        if (sub.result.status === 'scored') {
          expect(row).toContain(CATEGORY_LABELS.id[sub.result.category]);
        } else {
          expect(row).toContain(`${NOT_ASSESSED_LABELS.id.description} ${NOT_ASSESSED_LABELS.id.category}`);
        }
      }
    }
    // Competency 2 spans its ten sub-competency rows.
    expect(html).toContain('rowspan="10">2. Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja');
    expect(table.find((r) => r.startsWith('KESIMPULAN'))).toBe(`KESIMPULAN ${CONCLUSION_LABELS.id.baik}`);
  });

  it('prints a sub-competency nobody could rate like one outside the battery', () => {
    const doc = sampleReport();
    const withUnanswered: ReportDocument = {
      ...doc,
      competencies: doc.competencies.map((c) => ({
        ...c,
        subCompetencies: c.subCompetencies.map((s) => (s.no === 9 ? { ...s, result: { status: 'no_answers' } } : s)),
      })),
    };
    const row = rows(reportPrintable(withUnanswered, 'id').html).find((r) => r.includes('9. Pelayanan Pemberi Kerja'));
    expect(row).toContain(NOT_ASSESSED_LABELS.id.description);
    expect(row).not.toContain('Melaksanakan pelayanan dasar');
  });

  it('shows the identity, the Pengantar Kerja title and the activity profile (Gambar 22–23)', () => {
    const { html, headerTemplate } = asRendered(reportPrintable(sampleReport(), 'id'));
    for (const text of [
      'LAPORAN HASIL PENILAIAN EVALUASI KINERJA INDIVIDUAL PENGANTAR KERJA',
      'Fendy Aycaputa',
      '199001012020121001',
      'Pengantar Kerja Ahli Pertama',
      'Kota Administrasi Jakarta Pusat',
      'PROFIL EVALUASI KINERJA',
      'PROFIL AKTIVITAS KERJA',
      '13 aktivitas kerja',
      '87%',
      '13%',
      WORK_CONDITION_LABELS.id.ideal,
      WORK_CONDITION_LABELS.id.less_than_ideal,
      'sekurang-kurangnya 75%',
      'Profil aktivitas kerja disusun untuk memberikan gambaran nyata mengenai sejauh mana seorang Pengantar Kerja Ahli Pertama',
    ]) {
      expect(html).toContain(text);
    }
    expect(headerTemplate).toContain('Rahasia');
    // Exactly one checked box: the ideal condition.
    expect(html.match(/<svg/g)).toHaveLength(1);
  });

  it('prints no NIP line without a NIP and no activity profile for a Petugas Antar Kerja (Gambar 24)', () => {
    const { html } = asRendered(reportPrintable(sampleReport({ target: 'petugas' }), 'id'));
    expect(html).toContain('LAPORAN HASIL PENILAIAN EVALUASI KINERJA INDIVIDUAL PETUGAS ANTAR KERJA');
    expect(html).toContain('Petugas Antar Kerja');
    expect(html).not.toContain('>NIP<');
    expect(html).not.toContain('PROFIL AKTIVITAS KERJA');
  });

  it('prints English labels and the English texts of the catalogue in English', () => {
    const { html, headerTemplate, footerTemplate } = asRendered(reportPrintable(sampleReport(), 'en'));
    for (const text of [
      'INDIVIDUAL PERFORMANCE EVALUATION REPORT',
      'PERFORMANCE EVALUATION PROFILE',
      '2. Job analysis',
      CATEGORY_LABELS.en.sangat_baik,
      NOT_ASSESSED_LABELS.en.description,
      CONCLUSION_LABELS.en.baik,
      'WORK ACTIVITY PROFILE',
      WORK_CONDITION_LABELS.en.ideal,
    ]) {
      expect(html).toContain(text);
    }
    expect(headerTemplate).toContain('Confidential');
    expect(footerTemplate).toContain('Page <span class="pageNumber"></span> of');
  });

  it('escapes data in the page, the header and every text the caller supplies', () => {
    const doc = sampleReport({
      participant: { name: NASTY, unit: '<u>Disnaker</u>', province: 'A&B', regency: "O'Brien" },
    });
    const printable = reportPrintable(
      {
        ...doc,
        competencies: [
          {
            no: 1,
            name: '<h1>K</h1>',
            subCompetencies: [
              { no: 1, name: '<s>S</s>', description: '<img src=x>', result: { status: 'scored', category: 'baik' } },
            ],
          },
        ],
      },
      'id',
    );
    const all = printable.html + printable.headerTemplate + printable.footerTemplate;
    for (const raw of ['<b>Budi', '<u>Disnaker', '<h1>K</h1>', '<s>S</s>', '<img src=x>']) {
      expect(all).not.toContain(raw);
    }
    expect(printable.html).toContain(ESCAPED);
    expect(printable.headerTemplate).toContain(ESCAPED);
    expect(printable.html).toContain('&lt;img src=x&gt;');
    expect(printable.html).toContain('A&amp;B');
    expect(printable.html).toContain('O&#39;Brien');
  });

  it('prints "-" when nothing could be scored', () => {
    const { html } = asRendered(reportPrintable({ ...sampleReport(), conclusion: null }, 'id'));
    expect(rows(html).find((r) => r.startsWith('KESIMPULAN'))).toBe('KESIMPULAN -');
  });

  it("refuses a Pengantar Kerja report without its activity profile, or with another level's", () => {
    const doc = sampleReport();
    expect(() => reportPrintable({ ...doc, activityProfile: null }, 'id')).toThrow(PdfDocumentError);
    expect(() => reportPrintable({ ...doc, participant: { ...doc.participant, target: 'ahli_madya' } }, 'id')).toThrow(
      /activity profile is for ahli_pertama/,
    );
    expect(() => reportPrintable({ ...doc, competencies: [] }, 'id')).toThrow(PdfDocumentError);
  });

  it('needs nothing from the network', () => {
    const { html } = asRendered(reportPrintable(sampleReport(), 'id'));
    expect(html).not.toMatch(/(src|href)=|url\(|@import|https?:/);
  });
});
