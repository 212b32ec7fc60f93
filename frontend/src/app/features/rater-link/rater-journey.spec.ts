import { TestBed } from '@angular/core/testing';
import type { FormView, LinkView, PortalSession, SaveResult } from '@evkin/contracts';
import { I18nService } from '../../core/i18n/i18n.service';
import { RaterLinkPage } from './rater-link-page';
import { formFor, PEER_LINK, problem, SELF_LINK } from './testing/portal-fixtures';
import { PortalHarness } from './testing/portal-harness';

const FAR_FUTURE = '2999-01-01T00:00:00.000Z';
const SESSION: PortalSession = { sessionToken: 'ses-1', expiresAt: FAR_FUTURE };
const ALL_ANSWERED: FormView['answers'] = { part1: ['001'], part2: { i1: 4, i2: 3, i3: 3, 'custom.x-1': 2 } };

function saved(answered: number): SaveResult {
  return {
    savedAt: '2026-03-02T03:04:05.000Z',
    progress: { part2Answered: answered, part2Total: 4, ratersNamed: null, complete: false },
  };
}

describe('RaterLinkPage — the journey', () => {
  const h = new PortalHarness();

  beforeEach(() => h.configure('e', RaterLinkPage));
  afterEach(() => h.backend.verify());

  async function start(link: LinkView, form: FormView = formFor(link)): Promise<void> {
    await h.open('/e#tok-1');
    await h.reply(h.backend.expectOne('/api/portal/link'), link);
    await h.click('Mulai');
    await h.reply(h.backend.expectOne('/api/portal/sessions'), SESSION);
    await h.reply(h.backend.expectOne('/api/portal/form'), form);
  }

  /** Intro → Part 2, for a rater who has no rater list to fill in. */
  async function toPart2(): Promise<void> {
    await h.click('Lanjut');
    await h.click('Mulai Bagian 1');
    await h.click('Lanjut ke Instruksi Bagian 2');
    await h.click('Mulai Bagian 2');
  }

  function statement(text: string): HTMLElement {
    const found = [...h.page().querySelectorAll<HTMLElement>('li.statement')].find((li) =>
      li.textContent?.includes(text),
    );
    if (!found) throw new Error(`No statement "${text}"`);
    return found;
  }

  function radio(text: string, label: string): HTMLInputElement {
    const option = [...statement(text).querySelectorAll('mat-radio-button')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    return option?.querySelector('input') as HTMLInputElement;
  }

  async function rate(text: string, label: string): Promise<void> {
    radio(text, label).click();
    await h.settle();
  }

  function type(label: string, value: string, index = 0): void {
    const fields = [...h.page().querySelectorAll('mat-form-field')].filter(
      (field) => field.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const input = fields[index]?.querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('leads the participant through every screen in the regulation’s order, inviting supervisor and peer', async () => {
    await start(SELF_LINK);
    expect(h.heading()).toBe('Pengantar');
    expect(h.text()).toContain('Langkah 1 dari 7');

    await h.click('Lanjut');
    expect(h.heading()).toBe('Daftar Rater (Penilai)');
    await h.click('Lanjut');
    h.backend.expectNone('/api/portal/raters');
    expect(h.text()).toContain('Wajib diisi.');
    expect(document.activeElement).toBe(h.page().querySelector('mat-form-field input'));

    type('Provinsi', 'Maluku');
    type('Kabupaten/Kota', 'Kota Ambon');
    type('Nama lengkap', 'Fatimah', 0);
    type('Email', 'fatimah@example.id', 0);
    type('Jabatan (opsional)', 'Kepala Balai', 0);
    type('Nama lengkap', 'Sri Putri', 1);
    type('Email', 'sri@example.id', 1);
    await h.click('Lanjut');

    const raters = h.backend.expectOne('/api/portal/raters');
    expect(raters.request.method).toBe('PUT');
    expect(raters.request.headers.get('Authorization')).toBe('Bearer ses-1');
    expect(raters.request.body).toEqual({
      workLocation: { province: 'Maluku', regency: 'Kota Ambon' },
      supervisor: { name: 'Fatimah', email: 'fatimah@example.id', position: 'Kepala Balai', language: 'id' },
      peer: { name: 'Sri Putri', email: 'sri@example.id', language: 'id' },
    });
    await h.reply(raters, {
      workLocation: { province: 'Maluku', regency: 'Kota Ambon' },
      supervisor: { name: 'Fatimah', email: 'fatimah@example.id', position: 'Kepala Balai' },
      peer: { name: 'Sri Putri', email: 'sri@example.id' },
    });

    expect(h.heading()).toBe('Instruksi Bagian 1');
    expect(document.activeElement).toBe(h.page().querySelector('h1'));
    await h.click('Mulai Bagian 1');
    expect(h.heading()).toBe('Bagian 1 — Aktivitas Kerja');
    await h.click('Lanjut ke Instruksi Bagian 2');
    expect(h.heading()).toBe('Instruksi Bagian 2');
    expect([...h.page().querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
      'Sangat sesuai',
      'Sesuai',
      'Tidak sesuai',
      'Sangat tidak sesuai',
    ]);
    await h.click('Mulai Bagian 2');
    expect(h.heading()).toBe('Bagian 2 — Penilaian Kinerja');
    expect(h.text()).toContain('Subkompetensi 1 dari 2');
    await h.click('Lanjut');
    expect(h.text()).toContain('Subkompetensi 2 dari 2');
    await h.click('Lanjut');
    expect(h.heading()).toBe('Penutup');
    expect(h.hasButton('Kirim Data')).toBe(true);
  });

  it('refuses the same person as supervisor and peer before sending anything', async () => {
    await start(SELF_LINK);
    await h.click('Lanjut');
    type('Provinsi', 'Maluku');
    type('Kabupaten/Kota', 'Kota Ambon');
    type('Nama lengkap', 'Fatimah', 0);
    type('Email', 'sama@example.id', 0);
    type('Nama lengkap', 'Sri', 1);
    type('Email', 'SAMA@example.id', 1);
    await h.click('Lanjut');

    h.backend.expectNone('/api/portal/raters');
    expect(h.text()).toContain('Atasan dan rekan kerja harus orang yang berbeda.');
  });

  it('skips the rater list for a peer', async () => {
    await start(PEER_LINK);
    expect(h.text()).toContain('Langkah 1 dari 6');

    await h.click('Lanjut');

    expect(h.heading()).toBe('Instruksi Bagian 1');
  });

  it('finds an activity with the search box and autosaves the ticks', async () => {
    await start(PEER_LINK);
    await h.click('Lanjut');
    await h.click('Mulai Bagian 1');

    const search = h.page().querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'BURSA';
    search.dispatchEvent(new Event('input'));
    await h.settle();
    const labels = [...h.page().querySelectorAll('mat-checkbox')].map((box) => box.textContent?.trim());
    expect(labels).toEqual(['Menyelenggarakan bursa kerja']);
    expect(h.text()).toContain('1 aktivitas cocok dengan pencarian.');

    (h.page().querySelector('mat-checkbox input') as HTMLInputElement).click();
    await h.settle();
    expect(h.text()).toContain('Ada perubahan yang belum tersimpan');
    h.timer.runAll();
    const save = h.backend.expectOne('/api/portal/answers');
    expect(save.request.method).toBe('PUT');
    expect(save.request.headers.get('Authorization')).toBe('Bearer ses-1');
    expect(save.request.body).toEqual({ part1: ['010'] });
    await h.reply(save, saved(0));

    expect(h.text()).toContain('Tersimpan');
  });

  it('keeps an answer whose save failed, tells the rater, and sends it again with the newer ones', async () => {
    await start(PEER_LINK);
    await toPart2();

    await rate('Menyusun rencana dengan data', 'Sesuai');
    h.timer.runAll();
    await h.reply(
      h.backend.expectOne('/api/portal/answers'),
      problem(503, 'service_unavailable', 'Layanan sedang tidak tersedia, silakan coba lagi'),
      503,
    );
    expect(h.alert()).toContain('Jawaban terakhir belum tersimpan: Layanan sedang tidak tersedia, silakan coba lagi.');
    expect(h.hasButton('Simpan sekarang')).toBe(true);
    expect(h.timer.delays()).toEqual([2000]);

    await rate('Melibatkan pemangku kepentingan', 'Sangat sesuai');
    h.timer.runAll();
    const retry = h.backend.expectOne('/api/portal/answers');
    expect(retry.request.body).toEqual({ part2: { i1: 3, i2: 4 } });
    await h.reply(retry, saved(2));

    expect(h.alert()).toBe('');
    expect(h.text()).toContain('Tersimpan');
    expect(h.text()).toContain('2 dari 4 pernyataan Bagian 2 terjawab');
  });

  it('saves at once when the rater presses Simpan sekarang after a network failure', async () => {
    await start(PEER_LINK);
    await toPart2();
    await rate('Menyusun rencana dengan data', 'Tidak sesuai');
    h.timer.runAll();
    await h.fail(h.backend.expectOne('/api/portal/answers'));
    expect(h.alert()).toContain('Tidak dapat terhubung ke server');

    await h.click('Simpan sekarang');
    const retry = h.backend.expectOne('/api/portal/answers');
    expect(retry.request.body).toEqual({ part2: { i1: 2 } });
    await h.reply(retry, saved(1));
    expect(h.text()).toContain('Tersimpan');
  });

  it('lists what is missing before submitting and jumps to the statement, with focus on it', async () => {
    await start(PEER_LINK, formFor(PEER_LINK, { part1: [], part2: { i1: 4, i2: 4, i3: 4 } }));
    await toPart2();
    await h.click('Lanjut');

    expect(h.text()).toContain('Isian yang belum lengkap (1)');
    await h.click('Kirim Data');
    h.backend.expectNone('/api/portal/submit');
    expect(h.alert()).toContain('Data belum dapat dikirim');

    await h.click('Bursa Kerja Melayani pencari kerja dengan ramah');
    expect(h.heading()).toBe('Bagian 2 — Penilaian Kinerja');
    expect(h.text()).toContain('Subkompetensi 2 dari 2');
    expect(document.activeElement).toBe(radio('Melayani pencari kerja dengan ramah', 'Sangat sesuai'));
  });

  it('shows the server’s list when it refuses the submit as incomplete', async () => {
    await start(SELF_LINK, {
      ...formFor(SELF_LINK, ALL_ANSWERED),
      raterList: {
        workLocation: { province: 'Maluku', regency: 'Kota Ambon' },
        supervisor: { name: 'Fatimah', email: 'f@example.id' },
        peer: { name: 'Sri', email: 's@example.id' },
      },
    });
    for (const label of ['Lanjut', 'Lanjut', 'Mulai Bagian 1', 'Lanjut ke Instruksi Bagian 2', 'Mulai Bagian 2']) {
      await h.click(label);
    }
    await h.click('Lanjut');
    await h.click('Lanjut');
    h.backend.expectNone('/api/portal/raters');
    expect(h.text()).toContain('Semua isian telah lengkap.');

    await h.click('Kirim Data');
    await h.reply(
      h.backend.expectOne('/api/portal/submit'),
      problem(422, 'incomplete', 'Masih ada isian yang belum dijawab', {
        missing: [{ section: 'raters', subCompetencyId: null, itemId: null }],
      }),
      422,
    );

    expect(h.text()).toContain('Isian yang belum lengkap (1)');
    expect(document.activeElement?.id).toBe('missing-heading');
    await h.click('Daftar Rater: lokasi kerja, atasan, dan rekan kerja');
    expect(h.heading()).toBe('Daftar Rater (Penilai)');
  });

  it('submits, offers the proof and then shows the answers read-only', async () => {
    await start(PEER_LINK, formFor(PEER_LINK, ALL_ANSWERED));
    await toPart2();
    await h.click('Lanjut');
    await h.click('Lanjut');

    await h.click('Kirim Data');
    const submit = h.backend.expectOne('/api/portal/submit');
    expect(submit.request.method).toBe('POST');
    expect(submit.request.headers.get('Authorization')).toBe('Bearer ses-1');
    await h.reply(submit, {
      assignmentId: 'asg-1',
      status: 'submitted',
      submittedAt: '2026-03-02T03:04:05.000Z',
      firstSubmission: true,
    });

    expect(h.heading()).toBe('Terima kasih — evaluasi Anda telah terkirim');
    expect(document.activeElement).toBe(h.page().querySelector('h1'));
    expect(h.hasButton('Download Bukti Penyelesaian (PDF)')).toBe(true);

    await h.click('Lihat jawaban Anda');
    expect(h.heading()).toBe('Bagian 1 — Aktivitas Kerja');
    expect((h.page().querySelector('mat-checkbox input') as HTMLInputElement).disabled).toBe(true);
    await h.click('Lanjut ke Instruksi Bagian 2');
    await h.click('Mulai Bagian 2');
    const answer = radio('Menyusun rencana dengan data', 'Sangat tidak sesuai');
    expect(answer.disabled).toBe(true);
    answer.click();
    await h.settle();
    expect(h.timer.delays()).toEqual([]);
    expect(radio('Menyusun rencana dengan data', 'Sangat sesuai').checked).toBe(true);
  });

  it('offers to start again after the session ended, and re-sends the answer that was not saved', async () => {
    await start(PEER_LINK);
    await toPart2();
    await rate('Menyusun rencana dengan data', 'Sesuai');
    h.timer.runAll();
    await h.reply(
      h.backend.expectOne('/api/portal/answers'),
      problem(401, 'session_expired', 'Sesi Anda telah berakhir'),
      401,
    );
    expect(h.heading()).toBe('Sesi Anda telah berakhir');

    await h.click('Mulai lagi');
    await h.reply(h.backend.expectOne('/api/portal/sessions'), { sessionToken: 'ses-2', expiresAt: FAR_FUTURE });
    await h.reply(h.backend.expectOne('/api/portal/form'), formFor(PEER_LINK));

    expect(h.heading()).toBe('Bagian 2 — Penilaian Kinerja');
    expect(radio('Menyusun rencana dengan data', 'Sesuai').checked).toBe(true);
    h.timer.runAll();
    const resend = h.backend.expectOne('/api/portal/answers');
    expect(resend.request.headers.get('Authorization')).toBe('Bearer ses-2');
    expect(resend.request.body).toEqual({ part2: { i1: 3 } });
    await h.reply(resend, saved(1));
  });

  it('after a reload, returns to the same screen with the saved answers', async () => {
    sessionStorage.setItem('evkin.raterToken', 'tok-1');
    sessionStorage.setItem('evkin.portalSession', JSON.stringify({ ...SESSION, assignmentId: 'asg-1' }));
    sessionStorage.setItem(
      'evkin.portalPlace',
      JSON.stringify({ assignmentId: 'asg-1', screen: 'part2', part2Index: 1 }),
    );

    await h.open('/e');
    await h.reply(h.backend.expectOne('/api/portal/link'), PEER_LINK);
    const form = h.backend.expectOne('/api/portal/form');
    expect(form.request.headers.get('Authorization')).toBe('Bearer ses-1');
    await h.reply(form, formFor(PEER_LINK, { part1: [], part2: { i3: 1 } }));

    expect(h.heading()).toBe('Bagian 2 — Penilaian Kinerja');
    expect(h.text()).toContain('Subkompetensi 2 dari 2');
    expect(radio('Menyiapkan bursa kerja tepat waktu', 'Sangat tidak sesuai').checked).toBe(true);
  });

  it('resumes on another device from the link, with the answers saved before', async () => {
    await start(PEER_LINK, formFor(PEER_LINK, { part1: ['001'], part2: { i1: 4, i2: 4 } }));

    expect(h.text()).toContain('Jawaban yang Anda simpan sebelumnya telah dimuat: 2 dari 4');
    await h.click('Lanjut');
    await h.click('Mulai Bagian 1');
    await h.click('Lanjut ke Instruksi Bagian 2');
    await h.click('Mulai Bagian 2');
    // Part 2 opens at the first sub-competency with an unanswered statement.
    expect(h.text()).toContain('Subkompetensi 2 dari 2');
  });

  it('shows statements and the scale in English after a language switch', async () => {
    await start(PEER_LINK);
    await toPart2();

    TestBed.inject(I18nService).use('en');
    await h.settle();

    expect(h.heading()).toBe('Part 2 — Performance rating');
    expect(statement('Plans with data').textContent).toContain('Strongly agree');
    expect(h.hasButton('Next')).toBe(true);
  });
});
