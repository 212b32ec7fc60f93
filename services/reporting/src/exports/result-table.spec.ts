import { scoreEvaluation } from '@evkin/scoring';
import { battery, completed, evaluation } from '../../test/fixtures/events.js';
import type { ExportRow } from './exports.service.js';
import { presentOutcome, storeBreakdown } from '../results/present-result.js';
import { scoringInputFrom } from '../results/score-completion.js';
import { resultTable } from './result-table.js';

function rows(): ExportRow[] {
  const data = completed(evaluation(battery()));
  const input = scoringInputFrom(data);
  const result = scoreEvaluation(input);
  const p = data.participant;
  const base = {
    battery_id: data.battery.id,
    battery_name: data.battery.name,
    programme: data.battery.programme,
    email: p.email,
    nip: p.nip,
    target: p.target,
    unit: p.unit,
    province: p.province,
    regency: p.regency,
    language: p.language,
  };
  return [
    {
      ...base,
      id: p.id,
      name: p.name,
      completed_at: new Date(data.completedAt),
      instrument: data.instrument,
      outcome: presentOutcome(result.participant, input.settings.bands),
      breakdown: storeBreakdown(result.admin),
      scoring: result.participant,
      submittedRoles: ['self', 'supervisor', 'peer', 'service_user'],
    },
    {
      ...base,
      id: 'p2',
      name: 'Budi',
      completed_at: null,
      instrument: null,
      outcome: null,
      breakdown: null,
      scoring: null,
      submittedRoles: ['self'],
    },
  ];
}

describe('the results table of an export', () => {
  it('prints combined results in Indonesian, one participant a row, incomplete ones with empty results', () => {
    const table = resultTable(rows(), { language: 'id', subCompetencyIds: ['sk02', 'sk05'], includeGap: false });
    expect(table.header).toEqual([
      'No',
      'Nama',
      'NIP',
      'Jabatan / Jenjang',
      'Unit Kerja',
      'Provinsi',
      'Kabupaten/Kota',
      'Status',
      'Penilai selesai',
      'Selesai pada',
      'Analisis Jabatan — Indeks',
      'Analisis Jabatan — Kategori',
      'Bimbingan Jabatan — Indeks',
      'Bimbingan Jabatan — Kategori',
      'Kesimpulan — Indeks',
      'Kesimpulan',
      'Aktivitas pada jenjang sendiri (%)',
      'Kondisi Kerja',
    ]);
    expect(table.rows[0]!.slice(7)).toEqual([
      'Selesai',
      4,
      new Date('2026-03-20T03:00:00.000Z'),
      75,
      'Baik',
      50,
      'Sedang',
      62.5,
      'Berkinerja Tinggi',
      75,
      'Kondisi Kerja Ideal',
    ]);
    expect(table.rows[0]![3]).toBe('Pengantar Kerja Ahli Pertama');
    expect(table.rows[1]!.slice(7)).toEqual(['Belum selesai', 1, null, null, null, null, null, null, null, null, null]);
  });

  it('adds the self-vs-others gap for admins only, and speaks English when asked', () => {
    const table = resultTable(rows(), { language: 'en', subCompetencyIds: ['sk02'], includeGap: true });
    expect(table.header.at(-1)).toBe('Self vs. others gap');
    expect(table.header).toContain('Job analysis — Category');
    expect(table.rows[0]!.at(-1)).toBe(27.8);
    expect(table.rows[0]).toContain('High performer');
  });
});
