import type { BankItem, BatteryInput, BatteryView } from '@evkin/contracts';
import {
  AdminHarness,
  BATTERY,
  byText,
  choose,
  fieldByLabel,
  problem,
  queryByText,
  text,
  type,
} from '../shared/testing';

function bankItem(id: string, subCompetencyId: string, text: string): BankItem {
  return {
    id,
    target: 'ahli_pertama',
    subCompetencyId,
    text,
    en: `${text} (en)`,
    origin: 'catalogue',
    active: true,
    source: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const BANK = [
  bankItem('i1', 'sk01', 'Mengumpulkan data lowongan secara lengkap'),
  bankItem('i2', 'sk01', 'Memverifikasi sumber data'),
  bankItem('i3', 'sk02', 'Menganalisis tren pasar kerja'),
];

const VIEW: BatteryView = {
  ...BATTERY,
  scoring: {
    weights: { self: 0.25, supervisor: 0.25, peer: 0.25, service_user: 0.25 },
    bands: { sangat_baik: 80, baik: 60, sedang: 40, kurang: 20 },
    activityProfileMode: 'self',
  },
  instrument: {
    id: 'ins-1',
    version: 2,
    frozen: true,
    subCompetencyIds: ['sk01'],
    part1Codes: ['A1', 'B1'],
    part2Items: [{ id: 'i1', subCompetencyId: 'sk01', text: BANK[0]!.text, en: BANK[0]!.en }],
  },
};

async function openNew(role: 'admin' | 'viewer' = 'admin'): Promise<AdminHarness> {
  const admin = new AdminHarness(role);
  admin.on('GET', '/api/admin/items', { body: BANK });
  await admin.open('/admin/batteries/new');
  return admin;
}

function fill(admin: AdminHarness, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) type(fieldByLabel(admin.element, label), value);
}

function checkbox(admin: AdminHarness, label: string): HTMLInputElement {
  const found = [...admin.element.querySelectorAll('label')].find((l) => text(l) === label)?.querySelector('input');
  if (!found) throw new Error(`No checkbox "${label}"`);
  return found;
}

function errors(admin: AdminHarness): string[] {
  return [...admin.element.querySelectorAll('mat-error, .field-error')].map((e) => text(e));
}

describe('BatteryEditorPage', () => {
  it('offers only the sub-competencies measured at the target and preselects their active statements', async () => {
    const admin = await openNew();

    expect(checkbox(admin, '1. Pengumpulan Data')).toBeTruthy();
    expect(checkbox(admin, '2. Analisis Data')).toBeTruthy();
    expect(queryByText(admin.element, 'label', '3. Penyebarluasan')).toBeNull();

    checkbox(admin, '1. Pengumpulan Data').click();
    await admin.settle();

    expect(checkbox(admin, BANK[0]!.text).checked).toBe(true);
    expect(checkbox(admin, BANK[1]!.text).checked).toBe(true);
    expect(queryByText(admin.element, 'label', BANK[2]!.text)).toBeNull();
    expect(text(admin.element.querySelector('.battery-form'))).toContain('2 kegiatan atau tugas dipilih.');

    choose(fieldByLabel<HTMLSelectElement>(admin.element, 'Jenjang sasaran'), 'ahli_muda');
    await admin.settle();
    expect(queryByText(admin.element, 'label', '1. Pengumpulan Data')).toBeNull();
    expect(checkbox(admin, '3. Penyebarluasan').checked).toBe(false);
  });

  it('does not send a battery with a deadline before its start or weights that do not add up to 1', async () => {
    const admin = await openNew();
    fill(admin, {
      'Nama baterai': 'Baterai Uji',
      'Program pengembangan kompetensi': 'Pelatihan',
      'Tanggal mulai': '2026-03-10',
      'Batas waktu': '2026-03-01',
      'Diri Sendiri': '0.5',
    });
    checkbox(admin, '1. Pengumpulan Data').click();
    await admin.settle();

    byText<HTMLButtonElement>(admin.element, 'button', 'Simpan').click();
    await admin.settle();

    expect(admin.sent('POST', '/api/admin/batteries')).toEqual([]);
    expect(errors(admin)).toEqual(
      expect.arrayContaining([
        'Batas waktu harus sama dengan atau setelah tanggal mulai.',
        'Jumlah keempat bobot peran harus 1.',
      ]),
    );
    expect(text(admin.element.querySelector('[role="alert"]'))).toBe('Periksa kembali isian yang ditandai.');
  });

  it('sends the battery and shows the server’s field errors at their fields', async () => {
    const admin = await openNew();
    admin.on('POST', '/api/admin/batteries', {
      status: 400,
      body: problem(400, 'validation_failed', 'Data yang dikirim tidak valid', {
        errors: [
          { field: 'programme', code: 'maxLength', message: 'terlalu panjang' },
          { field: 'part2ItemIds[1]', code: 'item_inactive', message: 'butir pernyataan ini tidak aktif' },
          { field: 'scoring.bands.baik', code: 'band_order', message: 'batas kategori harus menurun' },
        ],
      }),
    });
    fill(admin, {
      'Nama baterai': 'Baterai Uji',
      'Program pengembangan kompetensi': 'Pelatihan Analisis',
      'Tanggal mulai': '2026-03-01',
      'Batas waktu': '2026-03-31',
    });
    checkbox(admin, '1. Pengumpulan Data').click();
    await admin.settle();

    byText<HTMLButtonElement>(admin.element, 'button', 'Simpan').click();
    await admin.settle();

    const body = admin.sent('POST', '/api/admin/batteries')[0]?.body as BatteryInput;
    expect(body).toMatchObject({
      name: 'Baterai Uji',
      programme: 'Pelatihan Analisis',
      periodStart: '2026-03-01',
      deadline: '2026-03-31',
      target: 'ahli_pertama',
      status: 'inactive',
      subCompetencyIds: ['sk01'],
      part2ItemIds: ['i1', 'i2'],
      part1Codes: ['A1', 'B1'],
      scoring: {
        weights: { self: 0.25, supervisor: 0.25, peer: 0.25, service_user: 0.25 },
        activityProfileMode: 'self',
      },
      reminderDays: [7, 1],
    });
    expect(errors(admin)).toEqual(
      expect.arrayContaining(['terlalu panjang', 'butir pernyataan ini tidak aktif', 'batas kategori harus menurun']),
    );
    expect(text(admin.element.querySelector('[role="alert"]'))).toContain('Data yang dikirim tidak valid');
  });

  it('shows the instrument version, warns that editing a frozen instrument makes a new version, and toggles status', async () => {
    const admin = new AdminHarness('admin');
    admin.on('GET', '/api/admin/items', { body: BANK });
    admin.on('GET', '/api/admin/batteries/bat-1', { body: VIEW });
    admin.on('POST', '/api/admin/batteries/bat-1/status', { body: { ...VIEW, status: 'inactive' } });
    await admin.open('/admin/batteries/bat-1');

    expect(fieldByLabel(admin.element, 'Nama baterai').value).toBe(BATTERY.name);
    expect(text(admin.element.querySelector('.meta'))).toContain('Instrumen versi 2');
    expect(text(admin.element.querySelector('.meta .notice'))).toContain('akan membuat versi 3');
    expect(checkbox(admin, BANK[0]!.text).checked).toBe(true);
    expect(checkbox(admin, BANK[1]!.text).checked).toBe(false);

    byText<HTMLButtonElement>(admin.element, 'button', 'Nonaktifkan').click();
    await admin.settle();

    expect(admin.sent('POST', '/api/admin/batteries/bat-1/status')[0]?.body).toEqual({ status: 'inactive' });
    expect(text(admin.element.querySelector('.success'))).toBe('Baterai dinonaktifkan.');
    expect(queryByText(admin.element, 'button', 'Aktifkan')).not.toBeNull();
  });

  it('previews what a rater sees: the chosen Part 1 activities and the statements with the answer scale', async () => {
    const admin = await openNew();
    checkbox(admin, '1. Pengumpulan Data').click();
    await admin.settle();
    checkbox(admin, BANK[1]!.text).click();
    await admin.settle();

    byText<HTMLButtonElement>(admin.element, 'button', 'Pratinjau tampilan penilai').click();
    await admin.settle();

    const preview = admin.element.querySelector('app-battery-preview');
    expect(text(preview)).toContain('A1. Mengumpulkan data lowongan');
    expect([...(preview?.querySelectorAll('.part2 li > p:first-child') ?? [])].map((p) => text(p))).toEqual([
      BANK[0]!.text,
    ]);
    expect([...(preview?.querySelectorAll('.scale .option') ?? [])].map((o) => text(o))).toEqual([
      'Sangat sesuai',
      'Sesuai',
      'Tidak sesuai',
      'Sangat tidak sesuai',
    ]);
  });

  it('lets a viewer read a battery without any way to change it', async () => {
    const admin = new AdminHarness('viewer');
    admin.on('GET', '/api/admin/items', { body: BANK });
    admin.on('GET', '/api/admin/batteries/bat-1', { body: VIEW });
    await admin.open('/admin/batteries/bat-1');

    expect(queryByText(admin.element, 'button', 'Simpan')).toBeNull();
    expect(queryByText(admin.element, 'button', 'Nonaktifkan')).toBeNull();
    expect(fieldByLabel(admin.element, 'Nama baterai').disabled).toBe(true);
    expect(checkbox(admin, BANK[0]!.text).disabled).toBe(true);
  });
});
