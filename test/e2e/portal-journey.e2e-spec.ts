import type { BatteryView, CapturedMail, LoginResponse } from '@evkin/contracts';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { eventually } from '../support/eventually.js';
import {
  download,
  expectAccessible,
  expectNoSidewaysScroll,
  newPage,
  openBrowser,
  screenshot,
} from './support/browser.js';
import { e2eStack, type E2EStack } from './support/stack.js';

/**
 * Seed 000 G.2, the whole journey in headless Chromium: the directorate invites Siti (set up over
 * the admin API); Siti evaluates herself on her phone from the invitation email, names her supervisor
 * and peer, and follows them on Halaman Monitoring (Kirim Ulang, Ganti, Tambahkan → Simpan & Kirim);
 * each rater completes from their own email; Siti downloads her report. Every screen is checked with
 * axe-core, for sideways scrolling at 360 px, and saved as a screenshot.
 */
describe('seed 000 G.2 in the browser: a participant and her four raters, from invitation to report', () => {
  const PHONE = { width: 360, height: 740 };
  const DESKTOP = { width: 1280, height: 800 };
  /** A step clicks through many screens and waits for emails and PDFs, on a possibly busy machine. */
  const STEP = 180_000;
  // Unique addresses, so the journey can also run against a long-lived stack (E2E_BASE_URL).
  const run = Date.now().toString(36);
  const people = {
    siti: { name: 'Siti Rahmawati', email: `siti.${run}@example.go.id` },
    budi: { name: 'Budi Santoso', email: `budi.${run}@example.go.id` },
    rina: { name: 'Rina Wulandari', email: `rina.${run}@example.go.id` },
    dewi: { name: 'Dewi Lestari', email: `dewi.${run}@example.go.id` },
    andi: { name: 'Andrew Pratama', email: `andi.${run}@example.com` },
    eko: { name: 'Eko Prasetyo', email: `eko.${run}@example.go.id` },
  };

  let stack: E2EStack;
  let browser: Browser;
  let adminToken: string;
  let shot = 0;
  /** Siti's links from her invitation email. */
  let siti: { start: string; monitoring: string };
  /** Rina's link, kept to see it revoked after Siti replaces her. */
  let rinaStart: string;

  // ── helpers: what a person does and sees ──────────────────────────────────────────────────────

  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${adminToken}`);
    if (typeof init.body === 'string') headers.set('content-type', 'application/json');
    const response = await fetch(`${stack.baseUrl}${path}`, { ...init, headers });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  };

  const mailTo = (address: string, also: (m: CapturedMail) => boolean = () => true) =>
    stack.waitForMail((m) => m.to.includes(address) && also(m));

  /** The Mulai Evaluasi and Halaman Monitoring links of an email, opened on this stack. */
  const linksIn = (mail: CapturedMail) => {
    const start = /\/e#([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    const monitoring = /\/m#([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    return {
      start: start ? `${stack.baseUrl}/e#${start}` : undefined,
      monitoring: monitoring ? `${stack.baseUrl}/m#${monitoring}` : undefined,
    };
  };

  /** Waits until the page's main heading reads `text` (Angular renders asynchronously). */
  const expectHeading = async (page: Page, text: string) => {
    await page
      .waitForFunction((expected) => document.querySelector('h1')?.textContent?.trim() === expected, {}, text)
      .catch(async () => {
        const actual = await page.evaluate(() => document.querySelector('h1')?.textContent?.trim());
        throw new Error(`expected the heading "${text}", the page shows "${actual}"`);
      });
  };

  /** Every screen: no serious or critical axe-core violation, no sideways scrolling, a screenshot. */
  const checkScreen = async (page: Page, name: string) => {
    await expectAccessible(page, name);
    await expectNoSidewaysScroll(page);
    shot += 1;
    await screenshot(page, `${String(shot).padStart(2, '0')}-${name}-${page.viewport()?.width ?? 0}`);
  };

  const button = (page: Page, name: string) => page.locator(`::-p-aria([name="${name}"][role="button"])`);
  const click = (page: Page, name: string) => button(page, name).click();

  const textOf = (page: Page, selector = 'main') =>
    page.$eval(selector, (element) => (element as HTMLElement).innerText.replace(/\s+/g, ' '));

  const expectText = async (page: Page, text: string, selector = 'main') => {
    await page
      .waitForFunction(
        (wanted, where) => document.querySelector<HTMLElement>(where)?.innerText.includes(wanted),
        {},
        text,
        selector,
      )
      .catch(async () => {
        throw new Error(`expected "${text}" in ${selector}; it reads: ${await textOf(page, selector)}`);
      });
  };

  /** A text box by its visible label, inside the fieldset with that legend (or anywhere). */
  const field = async (page: Page, label: string, legend?: string, role = 'textbox'): Promise<ElementHandle> => {
    const scope = legend
      ? await page.waitForSelector(`::-p-xpath(//fieldset[legend[normalize-space()="${legend}"]])`)
      : page;
    const input = await scope!.waitForSelector(`::-p-aria([name="${label}"][role="${role}"])`);
    if (!input) throw new Error(`no field "${label}"${legend ? ` in "${legend}"` : ''}`);
    return input;
  };

  const type = async (page: Page, label: string, value: string, legend?: string, role?: string) => {
    const input = await field(page, label, legend, role);
    await input.click({ count: 3 });
    await input.type(value);
  };

  /** Part 2: answers every statement on the current page with `label`, skipping the first `skip`. */
  const answerStatements = async (page: Page, label: string, skip = 0) => {
    const statements = await page.$$('li.statement');
    for (const statement of statements.slice(skip)) {
      const radio = await statement.waitForSelector(`::-p-aria([name="${label}"][role="radio"])`);
      await radio!.click();
    }
    return statements.length;
  };

  const waitUntilSaved = (page: Page) => expectText(page, '✓ Tersimpan', 'app-journey-progress');

  const expectPdf = (file: { name: string; bytes: Buffer }, name: string) => {
    expect(file.name).toBe(name);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.bytes.length).toBeGreaterThan(5_000);
  };

  /**
   * A rater who is not the participant, from their email to the finish page: Mulai, Pengantar,
   * Bagian 1 (one activity), Bagian 2 (every statement), Kirim Data, and the proof PDF.
   */
  const completeAsRater = async (page: Page, link: string, who: string, english = false) => {
    const t = english
      ? {
          confirm: 'Rater confirmation',
          start: 'Start',
          intro: 'Introduction',
          next: 'Next',
          part1Intro: 'Part 1 instructions',
          startPart1: 'Start Part 1',
          part1: 'Part 1 — Work activities',
          toPart2: 'Continue to Part 2 instructions',
          part2Intro: 'Part 2 instructions',
          startPart2: 'Start Part 2',
          part2: 'Part 2 — Performance rating',
          agree: 'Agree / accurate',
          closing: 'Closing',
          submit: 'Submit data',
          finished: 'Thank you — your evaluation has been submitted',
          proof: 'Download completion receipt (PDF)',
        }
      : {
          confirm: 'Konfirmasi Rater (Penilai)',
          start: 'Mulai',
          intro: 'Pengantar',
          next: 'Lanjut',
          part1Intro: 'Instruksi Bagian 1',
          startPart1: 'Mulai Bagian 1',
          part1: 'Bagian 1 — Aktivitas Kerja',
          toPart2: 'Lanjut ke Instruksi Bagian 2',
          part2Intro: 'Instruksi Bagian 2',
          startPart2: 'Mulai Bagian 2',
          part2: 'Bagian 2 — Penilaian Kinerja',
          agree: 'Sesuai',
          closing: 'Penutup',
          submit: 'Kirim Data',
          finished: 'Terima kasih — evaluasi Anda telah terkirim',
          proof: 'Download Bukti Penyelesaian (PDF)',
        };
    await page.goto(link);
    // The portal opens in the invitation's language, with nothing to switch by hand.
    await expectHeading(page, t.confirm);
    expect(await page.$eval('html', (html) => html.lang)).toBe(english ? 'en' : 'id');
    await expectText(page, people.siti.name);
    await checkScreen(page, `${who}-confirm`);
    await click(page, t.start);
    await expectHeading(page, t.intro);
    await click(page, t.next);
    await expectHeading(page, t.part1Intro);
    await click(page, t.startPart1);
    await expectHeading(page, t.part1);
    const first = await page.waitForSelector('mat-checkbox input');
    await first!.click();
    await checkScreen(page, `${who}-part1`);
    await click(page, t.toPart2);
    await expectHeading(page, t.part2Intro);
    await click(page, t.startPart2);
    await expectHeading(page, t.part2);
    // "Subkompetensi 1 dari 2" / "Sub-competency 1 of 2": one page per sub-competency.
    const sections = Number(/(\d+)\D*$/.exec(await textOf(page, '.position'))?.[1]);
    expect(sections).toBeGreaterThan(0);
    for (let section = 1; section <= sections; section++) {
      await page.waitForFunction(
        (current) => new RegExp(`^\\D*${current}\\D`).test(document.querySelector('.position')?.textContent ?? ''),
        {},
        section,
      );
      await answerStatements(page, t.agree);
      if (section === 1) await checkScreen(page, `${who}-part2`);
      await click(page, t.next);
    }
    await expectHeading(page, t.closing);
    await checkScreen(page, `${who}-closing`);
    await click(page, t.submit);
    await expectHeading(page, t.finished);
    await checkScreen(page, `${who}-finished`);
    expectPdf(await download(page, () => click(page, t.proof)), 'bukti-penyelesaian-evkin.pdf');
  };

  // ── setup: the directorate builds a battery, imports Siti and invites her (admin API) ─────────

  beforeAll(async () => {
    stack = await e2eStack('portal');
    browser = await openBrowser();
    // Assessment creates the first admin as it boots, possibly just after it reports ready.
    adminToken = await eventually(async () => {
      const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(stack.admin),
      });
      expect(login.status).toBe(200);
      return ((await login.json()) as LoginResponse).token;
    }, 30_000);

    const inviteInto = async (battery: BatteryView, person: { name: string; email: string }) => {
      const form = new FormData();
      form.set(
        'file',
        new Blob([
          'Nama;NIP;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota\n' +
            `${person.name};;${person.email};Ahli Pertama;Disnaker Kota Bandung;Jawa Barat;Kota Bandung\n`,
        ]),
        'peserta.csv',
      );
      form.set('batteryId', battery.id);
      form.set('dryRun', 'false');
      await api('/api/admin/imports', { method: 'POST', body: form });
      await api(`/api/admin/batteries/${battery.id}/invitations`, { method: 'POST', body: '{}' });
    };
    const battery = (input: { name: string; deadline: string }) =>
      api<BatteryView>('/api/admin/batteries', {
        method: 'POST',
        body: JSON.stringify({
          ...input,
          programme: 'Pelatihan Dasar Antar Kerja',
          periodStart: '2026-01-01',
          target: 'ahli_pertama',
          subCompetencyIds: ['sk02', 'sk04'],
        }),
      });
    await inviteInto(await battery({ name: `Evkin Ahli Pertama ${run}`, deadline: '2099-12-31' }), people.siti);
    // A second battery whose deadline is moved into the past after inviting: its links have expired.
    const closing = await battery({ name: `Evkin ditutup ${run}`, deadline: '2099-12-31' });
    await inviteInto(closing, people.eko);
    await api(`/api/admin/batteries/${closing.id}`, {
      method: 'PUT',
      body: JSON.stringify({
        name: closing.name,
        programme: closing.programme,
        periodStart: '2020-01-01',
        deadline: '2020-01-31',
        target: closing.target,
        subCompetencyIds: ['sk02', 'sk04'],
      }),
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, STEP);

  // ── the participant ────────────────────────────────────────────────────────────────────────────

  it(
    'Siti opens Mulai Evaluasi from her email: the assignment summary and the confidentiality statement, in Indonesian or English',
    async () => {
      const invitation = await mailTo(people.siti.email);
      expect(invitation.subject).toBe('Akses Evaluasi Kinerja');
      const links = linksIn(invitation);
      expect(links.start).toBeDefined();
      expect(links.monitoring).toBeDefined();
      siti = { start: links.start!, monitoring: links.monitoring! };

      const page = await newPage(browser, PHONE);
      await page.goto(siti.start);
      await expectHeading(page, 'Konfirmasi Rater (Penilai)');
      const summary = await textOf(page);
      expect(summary).toContain('Halo, Siti Rahmawati.');
      expect(summary).toContain('Ringkasan Penugasan');
      expect(summary).toContain('Peran Anda Peserta');
      // Analisis Jabatan and Penyuluhan Jabatan both belong to this competency (Tabel 1).
      expect(summary).toContain('Kompetensi Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja');
      expect(summary).toContain('Pengembangan Kompetensi Pelatihan Dasar Antar Kerja');
      expect(summary).toContain('Batas Waktu 31 Desember 2099');
      expect(summary).toContain('Kerahasiaan');
      expect(await button(page, 'Bukan Saya').waitHandle()).toBeTruthy();
      await checkScreen(page, 'siti-confirm');

      // The language switch re-renders the page in English, without a reload, and back.
      await page.locator('mat-button-toggle[lang="en"] button').click();
      await expectHeading(page, 'Rater confirmation');
      expect(await page.$eval('html', (html) => html.lang)).toBe('en');
      expect(await textOf(page)).toContain('Confidentiality');
      await checkScreen(page, 'siti-confirm-english');
      await page.locator('mat-button-toggle[lang="id"] button').click();
      await expectHeading(page, 'Konfirmasi Rater (Penilai)');
      await page.close();
    },
    STEP,
  );

  it(
    'Mulai → Pengantar → Daftar Rater: mistakes are shown field by field, then the supervisor and peer are invited',
    async () => {
      const page = await newPage(browser, PHONE);
      await page.goto(siti.start);
      await click(page, 'Mulai');
      await expectHeading(page, 'Pengantar');
      await expectText(page, 'Langkah 1 dari 7');
      await checkScreen(page, 'siti-intro');
      await click(page, 'Lanjut');

      await expectHeading(page, 'Daftar Rater (Penilai)');
      await click(page, 'Lanjut');
      await expectText(page, 'Wajib diisi.');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('address-level1');
      await type(page, 'Provinsi', 'Jawa Barat');
      await type(page, 'Kabupaten/Kota', 'Kota Bandung');
      await type(page, 'Nama lengkap', people.budi.name, 'Atasan');
      await type(page, 'Email', 'budi-at-example', 'Atasan');
      await type(page, 'Nama lengkap', people.rina.name, 'Rekan Kerja');
      await type(page, 'Email', people.rina.email, 'Rekan Kerja');
      await click(page, 'Lanjut');
      await expectText(page, 'Masukkan alamat email yang valid.');
      await checkScreen(page, 'siti-raters-errors');
      // The server's refusal shows beside the field it concerns.
      await type(page, 'Email', people.siti.email, 'Atasan');
      await click(page, 'Lanjut');
      await expectText(page, 'penilai tidak boleh orang yang sama dengan peserta', 'fieldset:nth-of-type(2)');
      await checkScreen(page, 'siti-raters-refused');
      await type(page, 'Email', people.budi.email, 'Atasan');
      await click(page, 'Lanjut');

      await expectHeading(page, 'Instruksi Bagian 1');
      await checkScreen(page, 'siti-part1-instructions');
      expect(linksIn(await mailTo(people.budi.email)).monitoring).toBeUndefined();
      rinaStart = linksIn(await mailTo(people.rina.email)).start!;
      expect(rinaStart).toBeDefined();
      await page.close();
    },
    STEP,
  );

  it(
    'Bagian 1 and 2: finds one activity among 80; one statement per row on a phone; answers autosave and survive a reload',
    async () => {
      const page = await newPage(browser, PHONE);
      await page.goto(siti.start);
      // This phone never started a session: Mulai again resumes where the saved answers are.
      await click(page, 'Mulai');
      await expectHeading(page, 'Pengantar');
      await click(page, 'Lanjut');
      await expectHeading(page, 'Daftar Rater (Penilai)');
      await click(page, 'Lanjut');
      await expectHeading(page, 'Instruksi Bagian 1');
      await click(page, 'Mulai Bagian 1');

      await expectHeading(page, 'Bagian 1 — Aktivitas Kerja');
      expect(await page.$$eval('mat-checkbox', (boxes) => boxes.length)).toBe(80);
      await type(page, 'Cari aktivitas', 'bursa kerja raya', undefined, 'searchbox');
      await expectText(page, '1 aktivitas cocok dengan pencarian.');
      const activity = 'Melakukan pemantauan operasional lembaga penempatan/bursa kerja raya';
      await page.locator(`::-p-aria([name="${activity}"][role="checkbox"])`).click();
      await expectText(page, '1 aktivitas dicentang.');
      await waitUntilSaved(page);
      await checkScreen(page, 'siti-part1-search');
      await click(page, 'Hapus pencarian');
      await click(page, 'Lanjut ke Instruksi Bagian 2');

      await expectHeading(page, 'Instruksi Bagian 2');
      await checkScreen(page, 'siti-part2-instructions');
      await click(page, 'Mulai Bagian 2');
      await expectHeading(page, 'Bagian 2 — Penilaian Kinerja');
      await expectText(page, 'Subkompetensi 1 dari 2');
      // On a phone the four answers of a statement stack, one per row.
      const rows = await page.$eval('li.statement', (statement) =>
        [...statement.querySelectorAll('mat-radio-button')].map((radio) =>
          Math.round(radio.getBoundingClientRect().top),
        ),
      );
      expect(rows).toHaveLength(4);
      expect(new Set(rows).size).toBe(4);
      const firstSection = await answerStatements(page, 'Sangat sesuai');
      await waitUntilSaved(page);
      await checkScreen(page, 'siti-part2');
      await click(page, 'Lanjut');
      await expectText(page, 'Subkompetensi 2 dari 2');
      // Only the first statement of the second section, then the phone reloads mid-way.
      const secondSection = (await page.$$('li.statement')).length;
      await (await (await page.$('li.statement'))!.waitForSelector(
        '::-p-aria([name="Sesuai"][role="radio"])',
      ))!.click();
      // The count shows the answer once the page has redrawn, and from then on the save status is
      // this answer's: "Tersimpan" seen before the redraw was the previous one's, and a reload with
      // the answer unsaved would (rightly) be held by the leave-page warning.
      await expectText(page, `${firstSection + 1} dari ${firstSection + secondSection} pernyataan Bagian 2 terjawab`);
      await waitUntilSaved(page);

      await page.reload();
      await expectHeading(page, 'Bagian 2 — Penilaian Kinerja');
      await expectText(page, 'Subkompetensi 2 dari 2');
      await expectText(page, `${firstSection + 1} dari ${firstSection + secondSection} pernyataan Bagian 2 terjawab`);
      const checked = await page.$eval(
        'li.statement',
        (statement) => statement.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value,
      );
      expect(checked).toBe('3');

      // Penutup lists what is still missing; an entry leads to the statement, focused.
      await click(page, 'Lanjut');
      await expectHeading(page, 'Penutup');
      await expectText(page, `Isian yang belum lengkap (${secondSection - 1})`);
      await checkScreen(page, 'siti-closing-missing');
      await click(page, 'Kirim Data');
      await expectText(page, 'Data belum dapat dikirim karena masih ada isian yang belum dijawab.');
      const entry = await page.waitForSelector('.missing button.jump');
      await entry!.click();
      await expectHeading(page, 'Bagian 2 — Penilaian Kinerja');
      await page.waitForFunction(() => document.activeElement?.closest('li.statement') !== null);
      // Focus is on the missing statement's first answer: the keyboard alone answers it.
      await page.keyboard.press('Space');
      const answeredByKeyboard = await page.$$eval('li.statement', (statements) =>
        statements.map((statement) => statement.querySelector<HTMLInputElement>('input:checked')?.value ?? null),
      );
      expect(answeredByKeyboard.slice(0, 2)).toEqual(['3', '4']);
      await answerStatements(page, 'Sesuai', 2);
      await waitUntilSaved(page);
      await click(page, 'Lanjut');

      await expectHeading(page, 'Penutup');
      await expectText(page, 'Semua isian telah lengkap.');
      await click(page, 'Kirim Data');
      await expectHeading(page, 'Terima kasih — evaluasi Anda telah terkirim');
      await checkScreen(page, 'siti-finished');
      // Right after Kirim Data reporting may still be recording the submission: the page waits for it.
      expectPdf(
        await download(page, () => click(page, 'Download Bukti Penyelesaian (PDF)')),
        'bukti-penyelesaian-evkin.pdf',
      );
      await page.close();
    },
    STEP,
  );

  // ── Halaman Monitoring ─────────────────────────────────────────────────────────────────────────

  it(
    'Halaman Monitoring: each role with status and email delivery; Kirim Ulang; Ganti revokes the old link; Tambahkan → Simpan & Kirim',
    async () => {
      const page = await newPage(browser, PHONE);
      // Delivery is reported asynchronously: reload until both invitations show Terkirim.
      await eventually(async () => {
        await page.goto(siti.monitoring);
        await expectHeading(page, 'Halaman Monitoring');
        const supervisor = await textOf(page, '.role:nth-child(1)');
        const peer = await textOf(page, '.role:nth-child(2)');
        expect(supervisor).toContain('Email Terkirim');
        expect(peer).toContain('Email Terkirim');
      }, 30_000);
      const roles = await page.$$eval('.role', (items) => items.map((item) => (item as HTMLElement).innerText));
      // In the seed's order (Gambar 18): Atasan, Rekan Kerja, Diri Sendiri, Pengguna Layanan.
      expect(roles[0]).toMatch(/Atasan[\s\S]*Budi Santoso[\s\S]*Menunggu/);
      expect(roles[1]).toMatch(/Rekan Kerja[\s\S]*Rina Wulandari[\s\S]*Menunggu/);
      expect(roles[2]).toMatch(/Diri Sendiri[\s\S]*Siti Rahmawati[\s\S]*Selesai/);
      expect(roles[3]).toMatch(/Pengguna Layanan[\s\S]*Belum didaftarkan[\s\S]*Belum Ada/);
      await expectText(page, 'Laporan tersedia setelah keempat penilai selesai mengisi.');
      await checkScreen(page, 'monitoring');

      // Kirim Ulang: Rina gets the invitation again.
      await click(page, 'Kirim Ulang undangan untuk Rekan Kerja');
      await expectText(page, 'Undangan untuk Rekan Kerja telah dikirim ulang.');
      await mailTo(people.rina.email, (m) => m.subject === 'Akses Evaluasi Kinerja (Pengiriman Ulang)');

      // Ganti: Dewi replaces Rina, whose link stops working.
      await click(page, 'Ganti Rekan Kerja');
      await expectText(page, 'Tautan penilai sebelumnya akan dicabut');
      await checkScreen(page, 'monitoring-replace');
      await type(page, 'Nama lengkap', people.dewi.name);
      await type(page, 'Email', people.dewi.email);
      await click(page, 'Simpan & Kirim');
      await expectText(page, `Undangan untuk Rekan Kerja telah dikirim ke ${people.dewi.email}.`);
      expect(await textOf(page, '.role:nth-child(2)')).toContain(people.dewi.name);

      // Tambahkan: the service user, who reads English.
      await click(page, 'Tambahkan Pengguna Layanan');
      await expectText(page, 'Tambahkan Pengguna Layanan');
      await click(page, 'Simpan & Kirim');
      await expectText(page, 'Wajib diisi.');
      await checkScreen(page, 'monitoring-add-errors');
      await type(page, 'Nama lengkap', people.andi.name);
      await type(page, 'Email', people.andi.email);
      const language = await page.waitForSelector('::-p-aria([name="Bahasa email"][role="combobox"])');
      await language!.select('en');
      await click(page, 'Simpan & Kirim');
      await expectText(page, `Undangan untuk Pengguna Layanan telah dikirim ke ${people.andi.email}.`);
      await checkScreen(page, 'monitoring-added');
      await page.close();

      const revoked = await newPage(browser, PHONE);
      await revoked.goto(rinaStart);
      await expectHeading(revoked, 'Tautan ini telah dicabut');
      await checkScreen(revoked, 'link-revoked');
      await revoked.close();
    },
    STEP,
  );

  // ── the three raters ───────────────────────────────────────────────────────────────────────────

  it(
    'the supervisor completes on a phone from the emailed link',
    async () => {
      const page = await newPage(browser, PHONE);
      await completeAsRater(page, linksIn(await mailTo(people.budi.email)).start!, 'supervisor');
      await page.close();
    },
    STEP,
  );

  it(
    'the new peer completes on a desktop from the emailed link',
    async () => {
      const page = await newPage(browser, DESKTOP);
      await completeAsRater(page, linksIn(await mailTo(people.dewi.email)).start!, 'peer');
      await page.close();
    },
    STEP,
  );

  it(
    'the service user gets the invitation in English and completes in English',
    async () => {
      const invitation = await mailTo(people.andi.email);
      expect(invitation.subject).toBe('Performance Evaluation Access');
      const page = await newPage(browser, { ...PHONE, language: 'en' });
      await completeAsRater(page, linksIn(invitation).start!, 'service-user', true);
      await page.close();
    },
    STEP,
  );

  it(
    'Unduh Laporan: once all four have submitted, Siti downloads her report',
    async () => {
      const page = await newPage(browser, PHONE);
      await eventually(async () => {
        await page.goto(siti.monitoring);
        await expectHeading(page, 'Halaman Monitoring');
        await expectText(page, 'Keempat penilai telah selesai mengisi.');
      }, 30_000);
      const statuses = await page.$$eval('.role', (items) =>
        items.map((item) => /Status\s+(\S+)/.exec((item as HTMLElement).innerText)?.[1]),
      );
      expect(statuses).toEqual(['Selesai', 'Selesai', 'Selesai', 'Selesai']);
      await checkScreen(page, 'monitoring-complete');
      expectPdf(
        await download(page, () => click(page, 'Download Bukti Penyelesaian (PDF)')),
        'bukti-penyelesaian-evkin.pdf',
      );
      expectPdf(await download(page, () => click(page, 'Unduh Laporan')), 'laporan-evaluasi-kinerja.pdf');
      await page.close();
    },
    STEP,
  );

  // ── links that cannot be used ──────────────────────────────────────────────────────────────────

  it(
    'an expired link and an unknown link each say what happened',
    async () => {
      const page = await newPage(browser, PHONE);
      await page.goto(linksIn(await mailTo(people.eko.email)).start!);
      await expectHeading(page, 'Batas waktu evaluasi telah lewat');
      await checkScreen(page, 'link-expired');

      await page.close();

      for (const path of ['e', 'm']) {
        const unknown = await newPage(browser, PHONE);
        await unknown.goto(`${stack.baseUrl}/${path}#${'A'.repeat(43)}`);
        await expectHeading(unknown, 'Tautan tidak dikenal');
        await checkScreen(unknown, `link-unknown-${path}`);
        await unknown.close();
      }
    },
    STEP,
  );
});
