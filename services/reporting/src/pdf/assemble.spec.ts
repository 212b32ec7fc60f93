import { assembleReportDocument } from './assemble.js';
import { PdfDocumentError } from './errors.js';
import { SAMPLE_CATALOGUE, sampleReport } from './samples.js';

const participant = {
  name: 'Sri Putri',
  nip: null,
  unit: 'BBPVP Ambon',
  target: 'petugas' as const,
  province: 'Maluku',
  regency: 'Kota Ambon',
};

describe('assembleReportDocument', () => {
  it('keeps the catalogue order and marks rows without a result "not assessed"', () => {
    const doc = assembleReportDocument({
      printedAt: '2026-01-05T03:00:00Z',
      participant,
      catalogue: SAMPLE_CATALOGUE,
      result: {
        subCompetencies: [
          { subCompetencyId: 2, status: 'scored', mean: 3.6, index: 86.7, category: 'sangat_baik' },
          { subCompetencyId: 3, status: 'no_answers' },
          { subCompetencyId: 14, status: 'not_assessed' },
        ],
        conclusion: { index: 86.7, category: 'sangat_baik', scoredCount: 1 },
        activityProfile: null,
      },
    });
    const all = doc.competencies.flatMap((c) => c.subCompetencies);
    expect(all.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(all.find((s) => s.no === 2)?.result).toEqual({ status: 'scored', category: 'sangat_baik' });
    expect(all.find((s) => s.no === 3)?.result).toEqual({ status: 'no_answers' });
    expect(all.find((s) => s.no === 1)?.result).toEqual({ status: 'not_assessed' });
    expect(doc.conclusion).toEqual({ category: 'sangat_baik' });
    expect(doc.activityProfile).toBeNull();
  });

  it('refuses results for sub-competencies the catalogue does not have', () => {
    expect(() =>
      assembleReportDocument({
        printedAt: '2026-01-05T03:00:00Z',
        participant,
        catalogue: SAMPLE_CATALOGUE,
        result: {
          subCompetencies: [{ subCompetencyId: 16, status: 'not_assessed' }],
          conclusion: null,
          activityProfile: null,
        },
      }),
    ).toThrow(PdfDocumentError);
  });

  it('passes the activity profile of a Pengantar Kerja through', () => {
    const doc = sampleReport({ target: 'ahli_muda' });
    expect(doc.activityProfile?.jenjang).toBe('ahli_muda');
    expect(doc.activityProfile?.rows.map((r) => r.count)).toEqual([13, 2, 0, 0]);
  });
});
