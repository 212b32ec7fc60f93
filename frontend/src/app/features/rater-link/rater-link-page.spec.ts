import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import type { LinkView, PortalSession } from '@evkin/contracts';
import { I18nService } from '../../core/i18n/i18n.service';
import { RaterLinkPage } from './rater-link-page';
import { formFor, PEER_LINK, problem } from './testing/portal-fixtures';
import { PortalHarness } from './testing/portal-harness';

const SESSION: PortalSession = { sessionToken: 'ses-1', expiresAt: '2999-01-01T00:00:00.000Z' };
const INVITED_IN_ENGLISH: LinkView = { ...PEER_LINK, rater: { name: 'Mulyana', language: 'en' } };

describe('RaterLinkPage — confirmation and link problems', () => {
  const h = new PortalHarness();

  beforeEach(() => h.configure('e', RaterLinkPage));
  afterEach(() => h.backend.verify());

  async function openConfirmation(): Promise<void> {
    await h.open('/e#tok-1');
    const request = h.backend.expectOne('/api/portal/link');
    expect(request.request.method).toBe('GET');
    expect(request.request.headers.get('Authorization')).toBe('Bearer tok-1');
    await h.reply(request, PEER_LINK);
  }

  it('shows the assignment summary with the regulation’s labels and takes the token out of the address bar', async () => {
    await openConfirmation();

    expect(h.heading()).toBe('Konfirmasi Rater (Penilai)');
    expect(h.text()).toContain('Anda terdaftar sebagai Rekan Kerja untuk melakukan evaluasi terhadap Budi Sutan.');
    expect(h.summaryValue('Peserta')).toBe('Budi Sutan Unit: BBPVP Ambon');
    expect(h.summaryValue('Peran Anda')).toBe('Rekan Kerja');
    expect(h.summaryValue('Kompetensi')).toBe('Perencanaan Pelaksanaan Antar Kerja | Penempatan Tenaga Kerja');
    expect(h.summaryValue('Pengembangan Kompetensi')).toBe('Pelatihan Antar Kerja 2026');
    expect(h.summaryValue('Batas Waktu')).toBe('31 Desember 2026');
    expect(h.text()).toContain('jawaban individual Anda tidak pernah ditampilkan kepada peserta');
    expect(h.hasButton('Bukan Saya')).toBe(true);
    expect(h.hasButton('Mulai')).toBe(true);
    expect(TestBed.inject(Location).path(true)).toBe('/e');
  });

  it('follows a switch to English, including the competency names and the deadline', async () => {
    await openConfirmation();

    TestBed.inject(I18nService).use('en');
    await h.settle();

    expect(h.heading()).toBe('Rater confirmation');
    expect(h.summaryValue('Your role')).toBe('Peer');
    expect(h.summaryValue('Competencies')).toBe('Planning of job placement | Job placement');
    expect(h.summaryValue('Deadline')).toBe('31 December 2026');
    expect(h.hasButton('Start')).toBe(true);
    expect(h.hasButton('Not me')).toBe(true);
  });

  it('opens in English for a rater invited in English, without remembering it for this device', async () => {
    await h.open('/e#tok-1');
    await h.reply(h.backend.expectOne('/api/portal/link'), INVITED_IN_ENGLISH);

    expect(h.heading()).toBe('Rater confirmation');
    expect(h.summaryValue('Your role')).toBe('Peer');
    expect(h.hasButton('Start')).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('evkin.language')).toBeNull();
  });

  it('stays in the language chosen earlier on this device when the rater was invited in another', async () => {
    localStorage.setItem('evkin.language', 'id');

    await h.open('/e#tok-1');
    await h.reply(h.backend.expectOne('/api/portal/link'), INVITED_IN_ENGLISH);

    expect(h.heading()).toBe('Konfirmasi Rater (Penilai)');
    expect(h.hasButton('Mulai')).toBe(true);
  });

  it('Mulai starts a session kept in this tab only and loads the form with it', async () => {
    await openConfirmation();

    await h.click('Mulai');
    const start = h.backend.expectOne('/api/portal/sessions');
    expect(start.request.method).toBe('POST');
    expect(start.request.headers.get('Authorization')).toBe('Bearer tok-1');
    await h.reply(start, SESSION);

    const form = h.backend.expectOne('/api/portal/form');
    expect(form.request.headers.get('Authorization')).toBe('Bearer ses-1');
    await h.reply(form, formFor(PEER_LINK));

    expect(h.heading()).toBe('Pengantar');
    expect(document.activeElement).toBe(h.page().querySelector('h1'));
    expect(sessionStorage.getItem('evkin.portalSession')).toContain('ses-1');
    expect(TestBed.inject(Location).path(true)).not.toContain('ses-1');
  });

  it('Bukan Saya asks for confirmation with an optional note, then records it', async () => {
    await openConfirmation();

    await h.click('Bukan Saya');
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Undangan ini bukan untuk Anda?');
    const note = dialog.querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'Saya bukan rekan kerja Budi';
    note.dispatchEvent(new Event('input'));
    await h.click('Ya, Bukan Saya', dialog);

    const report = h.backend.expectOne('/api/portal/not-me');
    expect(report.request.method).toBe('POST');
    expect(report.request.body).toEqual({ note: 'Saya bukan rekan kerja Budi' });
    expect(report.request.headers.get('Authorization')).toBe('Bearer tok-1');
    await h.reply(report, { ...PEER_LINK, notMeAt: '2026-03-01T02:00:00.000Z' });

    expect(h.heading()).toBe('Terima kasih, laporan Anda telah dicatat');
    expect(h.hasButton('Mulai')).toBe(false);
  });

  it('sends nothing when Bukan Saya is cancelled', async () => {
    await openConfirmation();

    await h.click('Bukan Saya');
    await h.click('Batal', document.querySelector('mat-dialog-container') as HTMLElement);

    h.backend.expectNone('/api/portal/not-me');
    expect(h.heading()).toBe('Konfirmasi Rater (Penilai)');
  });

  it('shows the recorded page, not the summary, when the link was already reported as not mine', async () => {
    await h.open('/e#tok-1');
    await h.reply(h.backend.expectOne('/api/portal/link'), { ...PEER_LINK, notMeAt: '2026-03-01T02:00:00.000Z' });

    expect(h.heading()).toBe('Terima kasih, laporan Anda telah dicatat');
    expect(h.text()).toContain('Dilaporkan pada 1 Maret 2026 pukul 09.00 WIB.');
  });

  it('does not offer Mulai for a cancelled assignment', async () => {
    await h.open('/e#tok-1');
    await h.reply(h.backend.expectOne('/api/portal/link'), { ...PEER_LINK, status: 'cancelled' });

    expect(h.text()).toContain('telah dibatalkan');
    expect(h.hasButton('Mulai')).toBe(false);
  });

  it.each([
    [404, 'link_invalid', 'Tautan tidak dikenal', 'Unknown link'],
    [410, 'link_expired', 'Batas waktu evaluasi telah lewat', 'The evaluation deadline has passed'],
    [410, 'link_revoked', 'Tautan ini telah dicabut', 'This link has been revoked'],
  ] as const)('explains a %s %s link in both languages', async (status, code, indonesian, english) => {
    await h.open('/e#tok-1');
    await h.reply(h.backend.expectOne('/api/portal/link'), problem(status, code, 'x'), status);

    expect(h.heading()).toBe(indonesian);
    expect(h.hasButton('Mulai')).toBe(false);
    TestBed.inject(I18nService).use('en');
    await h.settle();
    expect(h.heading()).toBe(english);
  });

  it('shows the unknown-link page without calling the API when there is no token', async () => {
    await h.open('/e');

    h.backend.expectNone('/api/portal/link');
    expect(h.heading()).toBe('Tautan tidak dikenal');
  });

  it('shows the translated problem on a server failure and loads again on retry', async () => {
    await h.open('/e#tok-1');
    await h.reply(
      h.backend.expectOne('/api/portal/link'),
      problem(503, 'service_unavailable', 'Layanan sedang tidak tersedia, silakan coba lagi'),
      503,
    );
    expect(h.heading()).toBe('Evaluasi tidak dapat dimuat');
    expect(h.alert()).toBe('Layanan sedang tidak tersedia, silakan coba lagi');

    await h.click('Coba lagi');
    await h.reply(h.backend.expectOne('/api/portal/link'), PEER_LINK);
    expect(h.heading()).toBe('Konfirmasi Rater (Penilai)');
  });

  it('keeps the summary and says why when Mulai is refused', async () => {
    await openConfirmation();

    await h.click('Mulai');
    await h.reply(
      h.backend.expectOne('/api/portal/sessions'),
      problem(409, 'battery_inactive', 'Baterai ini sedang tidak aktif'),
      409,
    );

    expect(h.alert()).toBe('Baterai ini sedang tidak aktif');
    expect(h.summaryValue('Peran Anda')).toBe('Rekan Kerja');
  });

  it('goes straight to the finish page, with the proof to download (waiting until it is ready), when the evaluation was submitted', async () => {
    const url = vi.fn(() => 'blob:proof');
    URL.createObjectURL = url;
    URL.revokeObjectURL = vi.fn();
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await h.open('/e#tok-1');
    await h.reply(h.backend.expectOne('/api/portal/link'), {
      ...PEER_LINK,
      status: 'submitted',
      submittedAt: '2026-03-01T08:00:00.000Z',
    });

    expect(h.heading()).toBe('Terima kasih — evaluasi Anda telah terkirim');
    await h.click('Download Bukti Penyelesaian (PDF)');
    // Reporting records the submission from an event: right after Kirim Data the proof may not exist
    // yet (404, or 409 proof_not_ready). The page waits and asks again instead of failing.
    const notFound = h.backend.expectOne('/api/portal/proof.pdf');
    await h.reply(notFound, new Blob(['{"code":"not_found"}']), 404);
    h.timer.runAll();
    await h.settle();
    await h.reply(h.backend.expectOne('/api/portal/proof.pdf'), new Blob(['{"code":"proof_not_ready"}']), 409);
    expect(h.text()).not.toContain('tidak dapat diunduh');
    h.timer.runAll();
    await h.settle();
    const proof = h.backend.expectOne('/api/portal/proof.pdf');
    expect(proof.request.headers.get('Authorization')).toBe('Bearer tok-1');
    expect(proof.request.responseType).toBe('blob');
    await h.reply(proof, new Blob(['%PDF'], { type: 'application/pdf' }));

    expect(url).toHaveBeenCalledOnce();
    expect(downloads).toEqual(['bukti-penyelesaian-evkin.pdf']);
    vi.restoreAllMocks();
  });
});
