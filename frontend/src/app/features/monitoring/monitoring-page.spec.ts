import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import type { MonitoringView, RoleState } from '@evkin/contracts';
import { I18nService } from '../../core/i18n/i18n.service';
import { problem } from '../rater-link/testing/portal-fixtures';
import { PortalHarness } from '../rater-link/testing/portal-harness';
import { MonitoringPage } from './monitoring-page';

function role(partial: Partial<RoleState> & Pick<RoleState, 'role' | 'status'>): RoleState {
  return { assignmentId: null, rater: null, invitationEmail: null, notMe: null, submittedAt: null, ...partial };
}

const VIEW: MonitoringView = {
  participantId: 'p-1',
  participant: { name: 'Budi Sutan', unit: 'BBPVP Ambon', target: 'petugas', language: 'id' },
  battery: {
    name: 'Baterai Petugas Antar Kerja 2026',
    programme: 'Baterai Petugas Antar Kerja 2026',
    deadline: '2026-12-31',
    closesAt: '2026-12-31T16:59:59.000Z',
    open: true,
  },
  roles: [
    role({
      role: 'supervisor',
      status: 'pending',
      assignmentId: 'a-sup',
      rater: { name: 'Fatimah', email: 'fatimah@example.id', position: 'Asesor SDM Madya' },
      invitationEmail: { status: 'sent', reason: null },
    }),
    role({
      role: 'peer',
      status: 'in_progress',
      assignmentId: 'a-peer',
      rater: { name: 'Sri Putri', email: 'sri@example.id', position: null },
      invitationEmail: { status: 'failed', reason: 'kotak surat penuh' },
    }),
    role({
      role: 'self',
      status: 'submitted',
      assignmentId: 'a-self',
      rater: { name: 'Budi Sutan', email: 'budi@example.id', position: null },
      submittedAt: '2026-03-01T08:00:00.000Z',
    }),
    role({ role: 'service_user', status: 'none' }),
  ],
  reportAvailable: false,
};

const INVITED_IN_ENGLISH: MonitoringView = { ...VIEW, participant: { ...VIEW.participant, language: 'en' } };

describe('MonitoringPage', () => {
  const h = new PortalHarness();

  beforeEach(() => h.configure('m', MonitoringPage));
  afterEach(() => h.backend.verify());

  async function open(view: MonitoringView = VIEW): Promise<void> {
    await h.open('/m#mon-1');
    const request = h.backend.expectOne('/api/monitoring');
    expect(request.request.headers.get('Authorization')).toBe('Bearer mon-1');
    await h.reply(request, view);
  }

  function card(roleName: 'supervisor' | 'peer' | 'self' | 'service_user'): HTMLElement {
    return h.page().querySelector(`#role-${roleName}`)?.closest('li') as HTMLElement;
  }

  function cardValue(roleName: 'supervisor' | 'peer' | 'self' | 'service_user', label: string): string {
    const term = [...card(roleName).querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === label);
    return term?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function type(root: HTMLElement, label: string, value: string): void {
    const field = [...root.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const input = field?.querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows each role’s rater, status and invitation email, and takes the token out of the address bar', async () => {
    await open();

    expect(h.heading()).toBe('Halaman Monitoring');
    expect(TestBed.inject(Location).path(true)).toBe('/m');
    expect(cardValue('supervisor', 'Identitas')).toBe('Fatimah fatimah@example.id · Asesor SDM Madya');
    expect(cardValue('supervisor', 'Status')).toBe('Menunggu');
    expect(cardValue('supervisor', 'Email')).toBe('Terkirim');
    expect(cardValue('peer', 'Status')).toBe('Sedang Diisi');
    expect(cardValue('peer', 'Email')).toBe('Gagal: kotak surat penuh');
    expect(cardValue('self', 'Status')).toBe('Selesai');
    expect(cardValue('service_user', 'Identitas')).toBe('Belum didaftarkan');
    expect(cardValue('service_user', 'Status')).toBe('Belum Ada');
    // The participant's own row offers only the proof of their submission.
    expect([...card('self').querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Download Bukti Penyelesaian (PDF)',
    ]);
    expect(h.button('Kirim Ulang', card('supervisor'))).toBeDefined();
    expect(h.button('Ganti', card('peer'))).toBeDefined();
    expect(h.button('Tambahkan', card('service_user'))).toBeDefined();
    expect(h.hasButton('Unduh Laporan')).toBe(false);
  });

  it('speaks English after a language switch', async () => {
    await open();

    TestBed.inject(I18nService).use('en');
    await h.settle();

    expect(h.heading()).toBe('Monitoring page');
    expect(cardValue('service_user', 'Status')).toBe('None yet');
    expect(cardValue('peer', 'Email')).toBe('Failed: kotak surat penuh');
    expect(h.button('Resend', card('supervisor')).getAttribute('aria-label')).toBe(
      'Resend the invitation to the Supervisor',
    );
  });

  it('opens in English for a participant invited in English, without remembering it for this device', async () => {
    await open(INVITED_IN_ENGLISH);

    expect(h.heading()).toBe('Monitoring page');
    expect(cardValue('supervisor', 'Status')).toBe('Waiting');
    expect(h.button('Resend', card('supervisor'))).toBeDefined();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('evkin.language')).toBeNull();
  });

  it('stays in the language chosen earlier on this device when the participant was invited in another', async () => {
    localStorage.setItem('evkin.language', 'id');

    await open(INVITED_IN_ENGLISH);

    expect(h.heading()).toBe('Halaman Monitoring');
    expect(h.button('Kirim Ulang', card('supervisor'))).toBeDefined();
  });

  it('Kirim Ulang resends the invitation and announces it', async () => {
    await open();

    await h.click('Kirim Ulang', card('peer'));
    const resend = h.backend.expectOne('/api/monitoring/raters/peer/resend');
    expect(resend.request.method).toBe('POST');
    expect(resend.request.headers.get('Authorization')).toBe('Bearer mon-1');
    await h.reply(resend, { ...VIEW.roles[1], invitationEmail: { status: 'pending', reason: null } });

    expect(cardValue('peer', 'Email')).toBe('Menunggu');
    expect(h.page().querySelector('[role="status"]')?.textContent).toContain(
      'Undangan untuk Rekan Kerja telah dikirim ulang.',
    );
  });

  it('Tambahkan opens the form; Simpan & Kirim invites the service user', async () => {
    await open();

    await h.click('Tambahkan', card('service_user'));
    const form = card('service_user');
    expect(form.querySelector('h3[id="form-service_user"]')?.textContent).toContain('Tambahkan Pengguna Layanan');
    await h.click('Simpan & Kirim', form);
    h.backend.expectNone('/api/monitoring/raters/service_user');
    expect(form.textContent).toContain('Wajib diisi.');

    type(form, 'Nama lengkap', 'Mulyana');
    type(form, 'Email', 'mulyana@example.id');
    type(form, 'Jabatan (opsional)', 'Siswa');
    await h.click('Simpan & Kirim', form);
    const save = h.backend.expectOne('/api/monitoring/raters/service_user');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({
      name: 'Mulyana',
      email: 'mulyana@example.id',
      position: 'Siswa',
      language: 'id',
    });
    await h.reply(
      save,
      role({
        role: 'service_user',
        status: 'pending',
        rater: { name: 'Mulyana', email: 'mulyana@example.id', position: 'Siswa' },
        invitationEmail: { status: 'pending', reason: null },
      }),
    );

    expect(cardValue('service_user', 'Status')).toBe('Menunggu');
    expect(card('service_user').querySelector('form')).toBeNull();
    expect(document.activeElement?.id).toBe('role-service_user');
  });

  it('Ganti warns that the old link is revoked and shows the server’s refusal', async () => {
    await open();

    await h.click('Ganti', card('supervisor'));
    const form = card('supervisor');
    expect(form.textContent).toContain('Tautan penilai sebelumnya akan dicabut');
    type(form, 'Nama lengkap', 'Budi Sutan');
    type(form, 'Email', 'budi@example.id');
    await h.click('Simpan & Kirim', form);
    await h.reply(
      h.backend.expectOne('/api/monitoring/raters/supervisor'),
      problem(400, 'validation_failed', 'Data yang dikirim tidak valid'),
      400,
    );

    expect(h.alert()).toBe('Data yang dikirim tidak valid');
    expect(card('supervisor').querySelector('form')).not.toBeNull();
  });

  it('offers Unduh Laporan once all four have submitted, and downloads it with the token', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await open({ ...VIEW, reportAvailable: true });

    await h.click('Unduh Laporan');
    const report = h.backend.expectOne('/api/monitoring/report.pdf');
    expect(report.request.headers.get('Authorization')).toBe('Bearer mon-1');
    await h.reply(report, new Blob(['%PDF']));

    expect(downloads).toEqual(['laporan-evaluasi-kinerja.pdf']);
    vi.restoreAllMocks();
  });

  it('offers the participant their own Bukti Penyelesaian once they submitted', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:proof');
    URL.revokeObjectURL = vi.fn();
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await open();

    await h.click('Download Bukti Penyelesaian (PDF)', card('self'));
    await h.reply(h.backend.expectOne('/api/monitoring/proof.pdf'), new Blob(['{}']), 404);
    h.timer.runAll();
    await h.settle();
    const proof = h.backend.expectOne('/api/monitoring/proof.pdf');
    expect(proof.request.headers.get('Authorization')).toBe('Bearer mon-1');
    await h.reply(proof, new Blob(['%PDF']));

    expect(downloads).toEqual(['bukti-penyelesaian-evkin.pdf']);
    vi.restoreAllMocks();
  });

  it('writes the invitation in the language chosen for the rater', async () => {
    await open();

    await h.click('Tambahkan', card('service_user'));
    const form = card('service_user');
    const language = form.querySelector('select')!;
    expect(language.value).toBe('id');
    language.value = 'en';
    language.dispatchEvent(new Event('input'));
    language.dispatchEvent(new Event('change'));
    type(form, 'Nama lengkap', 'Andrew');
    type(form, 'Email', 'andrew@example.com');
    await h.click('Simpan & Kirim', form);

    expect(h.backend.expectOne('/api/monitoring/raters/service_user').request.body).toEqual({
      name: 'Andrew',
      email: 'andrew@example.com',
      language: 'en',
    });
  });

  it('hides the actions once the evaluation period is closed', async () => {
    await open({ ...VIEW, battery: { ...VIEW.battery, open: false } });

    expect(h.text()).toContain('Periode evaluasi telah berakhir');
    expect(h.hasButton('Kirim Ulang')).toBe(false);
    expect(h.hasButton('Tambahkan')).toBe(false);
  });

  it('explains an expired monitoring link', async () => {
    await h.open('/m#mon-1');
    await h.reply(h.backend.expectOne('/api/monitoring'), problem(410, 'link_expired', 'x'), 410);

    expect(h.heading()).toBe('Batas waktu evaluasi telah lewat');
  });
});
