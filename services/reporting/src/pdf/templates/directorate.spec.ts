import type { DirectorateReportDocument } from '../documents.js';
import { directoratePrintable, formatShare } from './directorate.js';

const counts = { sangat_baik: 1, baik: 2, sedang: 0, kurang: 0, sangat_kurang: 0 };

function sample(texts: Partial<DirectorateReportDocument['texts']> = {}): DirectorateReportDocument {
  return {
    printedAt: '2026-12-01T01:00:00Z',
    battery: { name: 'Evkin <Ahli> Muda', programme: 'Pelatihan', periodStart: '2026-11-01', deadline: '2026-12-31' },
    targets: ['ahli_muda'],
    participants: { total: 4, completed: 3 },
    responseRates: [{ role: 'self', invited: 4, submitted: 3, rate: 75 }],
    categories: [{ no: 4, name: { id: 'Penyuluhan Jabatan', en: 'Career counselling' }, scored: 3, counts }],
    conclusions: { total: 3, counts },
    workCondition: { profiled: 3, ideal: 2, share: 66.7 },
    texts: { pendahuluan: '', pelaksanaanKegiatan: '', analisisHasil: '', rekomendasiTindakLanjut: '', ...texts },
  };
}

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('directorate report template', () => {
  it('letters the four parts of seed 000 G.3 in order, in either language', () => {
    const id = text(directoratePrintable(sample(), 'id').html);
    const parts = [
      'A. Pendahuluan',
      'B. Pelaksanaan Kegiatan',
      'C. Analisis Hasil Evaluasi Kinerja',
      'D. Rekomendasi dan Tindak Lanjut',
    ];
    expect(parts.map((p) => id.indexOf(p))).toEqual([...parts.map((p) => id.indexOf(p))].sort((a, b) => a - b));
    for (const part of parts) expect(id).toContain(part);
    expect(text(directoratePrintable(sample(), 'en').html)).toContain('D. Recommendations and follow-up');
  });

  it('prints the admin’s text as text: escaped, paragraphs at blank lines, line breaks kept', () => {
    const { html } = directoratePrintable(
      sample({ pendahuluan: 'Satu <script>x</script> & "dua"\nbaris dua\r\n\r\n\nParagraf dua' }),
      'id',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('Satu &lt;script&gt;x&lt;/script&gt; &amp; &quot;dua&quot;');
    expect(html).toMatch(/<br \/>\s*baris dua/);
    expect(html.match(/<p class="prose">/g)).toHaveLength(2);
    expect(html).toContain('Evkin &lt;Ahli&gt; Muda');
    expect(text(html)).toContain('(belum diisi)');
  });

  it('prints shares with the language’s decimal mark, and says so when nobody has finished', () => {
    expect(formatShare(66.66, 'id')).toBe('66,7%');
    expect(formatShare(66.66, 'en')).toBe('66.7%');
    expect(formatShare(null, 'id')).toBe('-');
    const finished = text(directoratePrintable(sample(), 'id').html);
    expect(finished).toContain('2 dari 3 Pengantar Kerja yang memiliki profil aktivitas kerja (66,7%)');
    const none = sample();
    const empty = text(directoratePrintable({ ...none, conclusions: { total: 0, counts } }, 'id').html);
    expect(empty).toContain('Belum ada peserta yang menyelesaikan evaluasi.');
  });
});
