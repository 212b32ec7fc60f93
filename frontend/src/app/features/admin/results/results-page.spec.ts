import type { BatteryAnalytics, ResultPage } from '@evkin/contracts';
import { AdminHarness, byText, text } from '../shared/testing';

const COUNTS = { sangat_baik: 3, baik: 5, sedang: 1, kurang: 1, sangat_kurang: 0 };

function analytics(gap: boolean): BatteryAnalytics {
  return {
    batteryId: 'bat-1',
    filter: {},
    participants: { total: 12, completed: 10 },
    responseRates: [
      { role: 'self', invited: 12, submitted: 12, cancelled: 0, rate: 100 },
      { role: 'supervisor', invited: 12, submitted: 9, cancelled: 1, rate: 75 },
      { role: 'peer', invited: 12, submitted: 11, cancelled: 0, rate: 91.7 },
      { role: 'service_user', invited: 10, submitted: 10, cancelled: 0, rate: 100 },
    ],
    categories: [{ subCompetencyId: 'sk01', scored: 10, counts: COUNTS }],
    conclusions: { total: 10, counts: { sangat_baik: 2, baik: 6, sedang: 2, kurang: 0, sangat_kurang: 0 } },
    workCondition: { profiled: 10, ideal: 7, share: 70 },
    selfVsOthersGap: gap ? [{ subCompetencyId: 'sk01', participants: 10, meanGap: 6.4 }] : null,
    options: { provinces: ['Jawa Barat', 'Maluku'], units: ['Disnaker Bandung'], targets: ['ahli_pertama'] },
  };
}

const RESULTS: ResultPage = { total: 0, page: 1, pageSize: 50, items: [] };

async function open(role: 'admin' | 'viewer') {
  const admin = new AdminHarness(role);
  admin.on('GET', '/api/admin/batteries/bat-1/analytics', { body: analytics(role === 'admin') });
  admin.on('GET', '/api/admin/batteries/bat-1/results', { body: RESULTS });
  await admin.open('/admin/results?battery=bat-1');
  return admin;
}

/** "label: value" per bar, as a screen reader reads the list. */
function bars(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll('.bars li')].map(
    (li) => `${text(li.querySelector('.label'))}: ${text(li.querySelector('.value'))}`,
  );
}

function figure(admin: AdminHarness, caption: string): HTMLElement {
  const found = [...admin.element.querySelectorAll<HTMLElement>('figure')].find((f) =>
    text(f.querySelector('figcaption')).startsWith(caption),
  );
  if (!found) throw new Error(`No chart "${caption}"`);
  return found;
}

describe('ResultsPage', () => {
  it('draws response rates, category and conclusion distributions and the Kondisi Kerja Ideal share', async () => {
    const admin = await open('admin');

    expect(bars(figure(admin, 'Tingkat respons per peran penilai'))).toEqual([
      'Diri Sendiri: 100% (12 dari 12; 0 diganti)',
      'Atasan: 75% (9 dari 12; 1 diganti)',
      'Rekan Kerja: 91.7% (11 dari 12; 0 diganti)',
      'Pengguna Layanan: 100% (10 dari 10; 0 diganti)',
    ]);
    const widths = [...figure(admin, 'Tingkat respons').querySelectorAll<HTMLElement>('.bar')].map(
      (b) => b.style.width,
    );
    expect(widths).toEqual(['100%', '75%', '91.7%', '100%']);

    const categories = figure(admin, 'Sebaran kategori per subkompetensi');
    expect([...categories.querySelectorAll('tbody tr > *')].map((c) => text(c))).toEqual([
      '1. Pengumpulan Data',
      '3',
      '5',
      '1',
      '1',
      '0',
      '10',
    ]);
    expect(bars(figure(admin, 'Sebaran kesimpulan'))[0]).toBe('Berkinerja Sangat Tinggi: 2');
    expect(text(admin.element)).toContain('70% Pengantar Kerja (7 dari 10) berada pada Kondisi Kerja Ideal');
    expect(bars(figure(admin, 'Selisih penilaian diri'))).toEqual(['1. Pengumpulan Data: +6.4 (10 peserta)']);
  });

  it('hides the self-vs-others gap from viewers and re-reads analytics for a chosen province', async () => {
    const admin = await open('viewer');
    expect(text(admin.element)).not.toContain('Selisih penilaian diri');

    const province = [...admin.element.querySelectorAll('select')][0]!;
    province.value = 'Maluku';
    province.dispatchEvent(new Event('change'));
    await admin.settle();

    expect(admin.sent('GET', '/api/admin/batteries/bat-1/analytics').at(-1)!.params.get('province')).toBe('Maluku');
    expect(admin.sent('GET', '/api/admin/batteries/bat-1/results').at(-1)!.params.get('province')).toBe('Maluku');
  });

  it('downloads the XLSX export with the current filters', async () => {
    const admin = await open('admin');
    admin.on('GET', '/api/admin/batteries/bat-1/results/export', {
      body: new Blob(['xlsx-bytes']),
    });

    byText<HTMLButtonElement>(admin.element, 'button', 'Unduh hasil (XLSX)').click();
    await admin.settle();

    expect(admin.sent('GET', '/api/admin/batteries/bat-1/results/export')[0]!.params.get('format')).toBe('xlsx');
    expect(admin.files.saved.map((f) => f.fileName)).toEqual(['hasil-bat-1.xlsx']);
  });
});
