import { scoreEvaluation } from '@evkin/scoring';
import { battery, completed, evaluation } from '../../test/fixtures/events.js';
import { presentOutcome, storeBreakdown } from '../results/present-result.js';
import { scoringInputFrom } from '../results/score-completion.js';
import { PDF_REPORT_CATALOGUE } from './report-catalogue.js';
import { reportDocumentFor } from './report-document.js';

describe('the individual report document', () => {
  it('lists the 6 competencies and 15 sub-competencies of seed 000 Tabel 1', () => {
    expect(PDF_REPORT_CATALOGUE.competencies.map((c) => c.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(PDF_REPORT_CATALOGUE.competencies.flatMap((c) => c.subCompetencies.map((s) => s.no))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
  });

  it('prints the combined categories, the conclusion and the activity profile, nothing per role', () => {
    const data = completed(evaluation(battery()));
    const input = scoringInputFrom(data);
    const result = scoreEvaluation(input);
    const p = data.participant;
    const document = reportDocumentFor(
      {
        id: p.id,
        battery_id: data.battery.id,
        battery_name: data.battery.name,
        programme: data.battery.programme,
        name: p.name,
        email: p.email,
        nip: p.nip,
        target: p.target,
        unit: p.unit,
        province: p.province,
        regency: p.regency,
        language: p.language,
        completed_at: new Date(data.completedAt),
        instrument: data.instrument,
        outcome: presentOutcome(result.participant, input.settings.bands),
        breakdown: storeBreakdown(result.admin),
        scoring: result.participant,
      },
      new Date('2026-03-21T01:00:00Z'),
    );
    const rows = document.competencies.flatMap((c) => c.subCompetencies);
    expect(rows.find((s) => s.no === 2)!.result).toEqual({ status: 'scored', category: 'baik' });
    expect(rows.find((s) => s.no === 5)!.result).toEqual({ status: 'scored', category: 'sedang' });
    expect(rows.filter((s) => s.result.status === 'not_assessed')).toHaveLength(13);
    expect(document.conclusion).toEqual({ category: 'baik' });
    expect(document.activityProfile?.condition).toBe('ideal');
    expect(document.participant).toMatchObject({ name: 'Siti Rahmawati', nip: '198501012010012001' });
    expect(JSON.stringify(document)).not.toContain('byRole');
  });
});
