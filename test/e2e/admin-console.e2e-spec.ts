import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { BatteryProgress, FormView, LoginResponse, PortalSession, RoleState } from '@evkin/contracts';
import { eventually } from '../support/eventually.js';
import { download, expectAccessible, newPage, openBrowser, screenshot } from './support/browser.js';
import { e2eStack, type E2EStack } from './support/stack.js';

const DESKTOP = { width: 1280, height: 900 };
const HEADER = 'Nama,NIP,Email,Jabatan,Unit Kerja,Provinsi,Kabupaten/Kota';
const GOOD_CSV = [
  HEADER,
  'Siti Rahmawati,198501012010012001,siti@example.go.id,Ahli Muda,Disnaker Kota Bandung,Jawa Barat,Kota Bandung',
  'Dewi Lestari,,dewi@example.go.id,Pengantar Kerja Ahli Muda,Disnaker Kota Surabaya,Jawa Timur,Kota Surabaya',
].join('\n');
// Row 3: an email without a domain; row 4: Siti again, at a level the battery does not evaluate.
const BAD_CSV = [
  HEADER,
  'Siti Rahmawati,,siti@example.go.id,Ahli Muda,Disnaker Kota Bandung,Jawa Barat,Kota Bandung',
  'Budi Hartono,,budi@,Ahli Muda,Disnaker Kota Bandung,Jawa Barat,Kota Bandung',
  'Siti Rahmawati,,siti@example.go.id,Ahli Utama,Disnaker Kota Bandung,Jawa Barat,Kota Bandung',
].join('\n');

/** Text of every element matching `selector`, trimmed, in document order. */
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** Waits until some element matching `selector` has text containing `text`. */
async function waitForText(page: Page, selector: string, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (sel: string, wanted: string) =>
      [...document.querySelectorAll(sel)].some((e) => (e.textContent ?? '').replace(/\s+/g, ' ').includes(wanted)),
    { timeout, polling: 100 },
    selector,
    text,
  );
}

/** Clicks the button (or link) whose accessible name is `name`. */
async function press(page: Page, name: string, role: 'button' | 'link' = 'button'): Promise<void> {
  try {
    await page.locator(`::-p-aria([name="${name}"][role="${role}"])`).setTimeout(15_000).click();
  } catch (error) {
    // What the page showed instead, for whoever reads the failure.
    const shown = await screenshot(page, `failed-${name}`);
    const alerts = await texts(page, '[role="alert"], .error, .field-error, h1, h2');
    throw new Error(`no ${role} "${name}" to press (${alerts.join(' · ')}; ${shown})`, { cause: error });
  }
}

/**
 * Sets the value of the `index`-th input matching `selector` and tells the form, as typing would
 * (typing into a date input depends on the browser's locale format).
 */
async function setValue(page: Page, selector: string, index: number, value: string): Promise<void> {
  await page.$$eval(
    selector,
    (elements, at, next) => {
      const input = elements[at] as HTMLInputElement;
      input.value = next;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    index,
    value,
  );
}

/** The body of the role-progress table on the dashboard, as "role: invited/started/done/missing". */
const roleRows = async (page: Page) =>
  page.$$eval('section[aria-labelledby="roles-title"] table.data tbody tr', (rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim());
      return `${cells[0]}: ${cells.slice(1).join('/')}`;
    }),
  );

/**
 * The admin console in real Chromium, against a whole stack: sign in, create a battery, import
 * participants (a bad file refused with its row errors, a good one saved), invite, watch the
 * dashboard move as raters submit through the portal API, open a report, export XLSX; and a viewer
 * who can see everything and change nothing.
 */
describe('admin console', () => {
  let stack: E2EStack;
  let browser: Browser;
  let page: Page;
  let files: string;
  let batteryId: string;

  const api = async <T>(path: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.body) headers.set('content-type', 'application/json');
    const response = await fetch(`${stack.baseUrl}${path}`, { ...init, headers });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: (text ? JSON.parse(text) : null) as T,
    };
  };
  const signInOverApi = async (email: string, password: string) => {
    const login = await api<LoginResponse>('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    return login.body.token;
  };

  /** The start (and, for the participant, monitoring) token of the newest invitation to `email`. */
  const linksOf = async (email: string) => {
    const mail = await stack.waitForMail((m) => m.to.includes(email) && /\/e#/.test(m.text));
    return {
      start: /\/e#([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!,
      monitoring: /\/m#([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1],
    };
  };
  /** A rater answers everything through the portal API and sends (Kirim Data). */
  const rate = async (start: string, raters?: object) => {
    const session = (await api<PortalSession>('/api/portal/sessions', { method: 'POST', token: start })).body;
    const token = session.sessionToken;
    const form = (await api<FormView>('/api/portal/form', { token })).body;
    if (raters)
      expect((await api('/api/portal/raters', { method: 'PUT', token, body: JSON.stringify(raters) })).status).toBe(
        200,
      );
    const part2 = Object.fromEntries(form.part2.flatMap((s) => s.items).map((item) => [item.id, 3]));
    const part1 = [form.part1[0]!.items[0]!.code];
    expect(
      (await api('/api/portal/answers', { method: 'PUT', token, body: JSON.stringify({ part1, part2 }) })).status,
    ).toBe(200);
    expect((await api('/api/portal/submit', { method: 'POST', token })).status).toBe(200);
  };

  /** Reloads the dashboard (its Muat ulang button) until the role table reads `expected`. */
  const dashboardShows = (expected: string[]) =>
    eventually(async () => {
      await press(page, 'Muat ulang');
      await page.waitForSelector('section[aria-labelledby="roles-title"] table.data tbody tr');
      expect(await roleRows(page)).toEqual(expected);
    }, 30_000);

  beforeAll(async () => {
    [stack, browser, files] = await Promise.all([
      e2eStack('admin'),
      openBrowser(),
      mkdtemp(join(tmpdir(), 'evkin-e2e-admin-')),
    ]);
    await writeFile(join(files, 'peserta-salah.csv'), BAD_CSV);
    await writeFile(join(files, 'peserta.csv'), GOOD_CSV);
    page = await newPage(browser, { ...DESKTOP, language: 'id' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (files) await rm(files, { recursive: true, force: true });
  });

  it('signs the admin in with the keyboard alone, in Indonesian', async () => {
    await page.goto(`${stack.baseUrl}/admin`);
    await page.waitForSelector('input[type="email"]');
    expect(await texts(page, 'h2#sign-in-title')).toEqual(['Masuk']);
    await expectAccessible(page, 'admin sign-in');
    await screenshot(page, 'admin-01-sign-in');

    await page.focus('input[type="email"]');
    await page.keyboard.type(stack.admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(stack.admin.password);
    await page.keyboard.press('Enter');
    await page.waitForSelector('nav a[href="/admin/batteries"]');
    expect(await texts(page, 'nav[aria-label="Navigasi konsol admin"] a')).toEqual([
      'Dasbor',
      'Baterai',
      'Bank Butir',
      'Peserta',
      'Hasil',
      'Laporan Direktorat',
      'Log Audit',
      'Akun',
    ]);
    await expectAccessible(page, 'admin dashboard (empty)');
  });

  it('creates a battery: sub-competencies from the item bank, scoring settings, active', async () => {
    await page.goto(`${stack.baseUrl}/admin/batteries/new`);
    await page.waitForSelector('form.battery-form input');
    const inputs = await page.$$('form.battery-form fieldset:first-of-type input');
    await inputs[0]!.type('Evkin Ahli Muda 2026');
    await inputs[1]!.type('Pelatihan Konseling Karier');
    await setValue(page, 'form.battery-form input[type="date"]', 0, '2026-11-01');
    await setValue(page, 'form.battery-form input[type="date"]', 1, '2099-12-31');
    const selects = await page.$$('form.battery-form fieldset:first-of-type select');
    await selects[0]!.select('ahli_muda');
    await selects[1]!.select('active');

    // Two sub-competencies measured at Ahli Muda; their active bank statements come preselected.
    await waitForText(page, 'form.battery-form p.muted', 'diukur pada Pengantar Kerja Ahli Muda');
    // The new target's statements are read from the item bank and its Part 1 list is chosen whole.
    await waitForText(page, 'form.battery-form p.muted', '80 kegiatan atau tugas dipilih');
    await page.waitForNetworkIdle({ idleTime: 300 });
    for (const sub of ['4. Penyuluhan Jabatan', '5. Bimbingan Jabatan']) {
      await page.locator(`form.battery-form label ::-p-text(${sub})`).click();
      await page.waitForFunction(
        (name: string) =>
          [...document.querySelectorAll('form.battery-form fieldset.nested')].some(
            (set) =>
              set.querySelector('legend')?.textContent?.trim() === name &&
              set.querySelector('input[type="checkbox"]:checked') !== null,
          ),
        { timeout: 15_000, polling: 100 },
        sub,
      );
    }

    // Scoring: the supervisor weighs more than the others (the four weights still add up to 1).
    const weights = await page.$$('form.battery-form input[type="number"][step="0.05"]');
    expect(weights).toHaveLength(4);
    for (const [index, value] of ['0.2', '0.4', '0.2', '0.2'].entries()) {
      await setValue(page, 'form.battery-form input[type="number"][step="0.05"]', index, value);
    }
    await waitForText(page, 'form.battery-form p.muted', 'Jumlah bobot saat ini: 1');
    await expectAccessible(page, 'battery editor');
    await screenshot(page, 'admin-02-battery-editor');

    await press(page, 'Pratinjau tampilan penilai');
    await page.waitForSelector('app-battery-preview');
    await screenshot(page, 'admin-03-battery-preview');

    await press(page, 'Simpan');
    await page
      .waitForFunction(() => /\/admin\/batteries\/[0-9a-f-]{36}$/.test(location.pathname), {
        timeout: 15_000,
        polling: 100,
      })
      .catch(async (error: unknown) => {
        const shown = await screenshot(page, 'failed-battery-save');
        const alerts = await texts(page, '[role="alert"], .error, .field-error, mat-error');
        throw new Error(`the battery was not saved (${alerts.join(' · ')}; ${shown})`, { cause: error });
      });
    batteryId = page.url().split('/').pop()!;
    await waitForText(page, 'p.success', 'Baterai tersimpan.');
    await waitForText(page, 'section.meta', 'Aktif');
  });

  it('imports participants: a bad file is refused with its row errors, a good one is saved', async () => {
    await page.goto(`${stack.baseUrl}/admin/participants/import?battery=${batteryId}`);
    await waitForText(page, 'app-battery-picker', 'Evkin Ahli Muda 2026');
    const file = await page.waitForSelector('input[type="file"]#import-file');
    await file!.uploadFile(join(files, 'peserta-salah.csv'));
    await press(page, 'Periksa berkas');
    await page.waitForSelector('section[aria-labelledby="verify-title"] table');
    const rows = await page.$$eval('section[aria-labelledby="verify-title"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()).join(' | ')),
    );
    // Row 3's bad email, then row 4's two problems (its row header spans both).
    expect(rows[0]).toMatch(/^3 \| Email \| budi@ \| .+/);
    expect(rows.slice(1).map((r) => r.split(' | ').length)).toEqual([4, 3]);
    expect(rows[1]).toMatch(/^4 \| /);
    await expectAccessible(page, 'import verification with errors');
    await screenshot(page, 'admin-04-import-errors');
    // Nothing was saved.
    const token = await signInOverApi(stack.admin.email, stack.admin.password);
    expect((await api<{ total: number }>(`/api/admin/participants?batteryId=${batteryId}`, { token })).body.total).toBe(
      0,
    );

    await press(page, 'Unggah berkas yang sudah diperbaiki');
    const again = await page.waitForSelector('input[type="file"]#import-file');
    await again!.uploadFile(join(files, 'peserta.csv'));
    await press(page, 'Periksa berkas');
    await press(page, 'Simpan 2 peserta');
    await waitForText(page, 'p.success', '2');
    await screenshot(page, 'admin-05-import-done');
    expect((await api<{ total: number }>(`/api/admin/participants?batteryId=${batteryId}`, { token })).body.total).toBe(
      2,
    );
  });

  it('invites the battery and watches the dashboard move as raters submit', async () => {
    await page.goto(`${stack.baseUrl}/admin/participants?battery=${batteryId}`);
    await press(page, 'Undang peserta yang belum diundang');
    await press(page, 'Ya, kirim undangan');
    await waitForText(page, 'p.success', '2 peserta diundang');
    await expectAccessible(page, 'participant list');
    await screenshot(page, 'admin-06-participants');

    await page.goto(`${stack.baseUrl}/admin?battery=${batteryId}`);
    await dashboardShows([
      'Diri Sendiri: 2/0/0/0',
      'Atasan: 0/0/0/2',
      'Rekan Kerja: 0/0/0/2',
      'Pengguna Layanan: 0/0/0/2',
    ]);
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'admin-07-dashboard-invited');

    // Siti fills in her own evaluation and names her supervisor and peer; her monitoring page adds the service user.
    const siti = await linksOf('siti@example.go.id');
    await rate(siti.start, {
      workLocation: { province: 'Jawa Barat', regency: 'Kota Bandung' },
      supervisor: { name: 'Budi Santoso', email: 'budi@example.go.id' },
      peer: { name: 'Rina Wulandari', email: 'rina@example.go.id' },
    });
    const added = await api<RoleState>('/api/monitoring/raters/service_user', {
      method: 'PUT',
      token: siti.monitoring!,
      body: JSON.stringify({ name: 'Andi Pratama', email: 'andi@example.com' }),
    });
    expect(added.status).toBe(200);
    await dashboardShows([
      'Diri Sendiri: 2/0/1/0',
      'Atasan: 1/0/0/1',
      'Rekan Kerja: 1/0/0/1',
      'Pengguna Layanan: 1/0/0/1',
    ]);

    for (const email of ['budi@example.go.id', 'rina@example.go.id', 'andi@example.com']) {
      await rate((await linksOf(email)).start);
    }
    await dashboardShows([
      'Diri Sendiri: 2/0/1/0',
      'Atasan: 1/0/1/1',
      'Rekan Kerja: 1/0/1/1',
      'Pengguna Layanan: 1/0/1/1',
    ]);
    const token = await signInOverApi(stack.admin.email, stack.admin.password);
    const progress = (await api<BatteryProgress>(`/api/admin/batteries/${batteryId}/progress`, { token })).body;
    expect(progress).toMatchObject({ participants: 2, invited: 2, completed: 1 });
    expect(progress.provinces.map((p) => `${p.name}:${p.completed}/${p.participants}`)).toEqual([
      'Jawa Timur:0/1',
      'Jawa Barat:1/1',
    ]);
    await screenshot(page, 'admin-08-dashboard-progress');
  }, 180_000);

  it('opens the participant’s report and exports the results as a real XLSX file', async () => {
    await page.goto(`${stack.baseUrl}/admin/results?battery=${batteryId}`);
    // Reporting scores the completed participant from the events; the list shows her once it has.
    await eventually(async () => {
      await page.reload();
      await page.waitForSelector('section[aria-labelledby="list-title"]');
      await page.waitForSelector('section[aria-labelledby="list-title"] a ::-p-text(Siti Rahmawati)', {
        timeout: 3000,
      });
    }, 60_000);
    await expectAccessible(page, 'results');
    await screenshot(page, 'admin-09-results');

    const xlsx = await download(page, () => press(page, 'Unduh hasil (XLSX)'));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    // An XLSX file is a zip (PK\3\4) holding the Office Open XML parts.
    expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(xlsx.bytes.includes(Buffer.from('[Content_Types].xml'))).toBe(true);

    await page.locator('section[aria-labelledby="list-title"] a ::-p-text(Siti Rahmawati)').click();
    await page.waitForFunction(() => /\/admin\/results\/[0-9a-f-]{36}$/.test(location.pathname), { polling: 100 });
    await waitForText(page, 'dl.identity', 'Siti Rahmawati');
    await page.waitForSelector('table.data tbody tr');
    await expectAccessible(page, 'participant result');
    await screenshot(page, 'admin-10-participant-result');
    const pdf = await download(page, () => press(page, 'Unduh Laporan (PDF)'), 60_000);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);

  it('shows a viewer everything and lets them change nothing, in the UI and over the API', async () => {
    const viewer = { email: 'pemantau@kemnaker.go.id', password: 'hanya melihat saja 2026' };
    // The admin adds the viewer on the Akun page (viewer is the role the form starts with).
    await page.goto(`${stack.baseUrl}/admin/accounts`);
    await waitForText(page, 'table.data', stack.admin.email);
    await page.type('form.account-form input[type="email"]', viewer.email);
    await page.type('form.account-form input[type="password"]', viewer.password);
    await press(page, 'Tambah akun');
    await waitForText(page, 'p.success', `Akun ${viewer.email} ditambahkan sebagai Peninjau.`);
    await waitForText(page, 'table.data', viewer.email);
    await expectAccessible(page, 'accounts');
    await screenshot(page, 'admin-10b-accounts');

    const tab = await newPage(browser, { ...DESKTOP, language: 'en' });
    await tab.goto(`${stack.baseUrl}/admin`);
    await tab.waitForSelector('input[type="email"]');
    // Indonesian first; the viewer switches the console to English.
    await waitForText(tab, 'h2#sign-in-title', 'Masuk');
    await tab.locator('mat-button-toggle[lang="en"] button').click();
    await waitForText(tab, 'h2#sign-in-title', 'Sign in');
    await tab.type('input[type="email"]', viewer.email);
    await tab.type('input[type="password"]', viewer.password);
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'p.readonly', 'Read-only access');
    expect(await texts(tab, 'nav a')).not.toContain('Accounts');

    await tab.goto(`${stack.baseUrl}/admin/batteries`);
    await waitForText(tab, 'table.data', 'Evkin Ahli Muda 2026');
    expect(await tab.$$('a[href="/admin/batteries/new"]')).toHaveLength(0);
    await tab.goto(`${stack.baseUrl}/admin/batteries/${batteryId}`);
    await waitForText(tab, 'section.meta', 'Active');
    const editorButtons = await texts(tab, 'button');
    expect(editorButtons).toContain('Preview what raters see');
    expect(editorButtons).not.toContain('Save');
    expect(editorButtons).not.toContain('Deactivate');
    expect(
      await tab.$$eval('form.battery-form input[type="checkbox"]', (boxes) => boxes.every((b) => b.disabled)),
    ).toBe(true);
    await tab.goto(`${stack.baseUrl}/admin/participants?battery=${batteryId}`);
    await waitForText(tab, 'table.data', 'Siti Rahmawati');
    const buttons = await texts(tab, 'button, a[mat-button], a[matbutton]');
    expect(buttons.some((b) => /invite|import|remind/i.test(b))).toBe(false);
    await expectAccessible(tab, 'participants (viewer, English)');
    await screenshot(tab, 'admin-11-viewer-participants-en');
    await tab.goto(`${stack.baseUrl}/admin/participants/import?battery=${batteryId}`);
    await waitForText(tab, 'p.notice', 'Only admins can import participants.');
    expect(await tab.$$('#import-file')).toHaveLength(0);
    await tab.close();

    const viewerToken = await signInOverApi(viewer.email, viewer.password);
    const refusals = [
      await api<{ code: string }>('/api/admin/batteries', { method: 'POST', token: viewerToken, body: '{}' }),
      await api<{ code: string }>(`/api/admin/batteries/${batteryId}/invitations`, {
        method: 'POST',
        token: viewerToken,
        body: '{}',
      }),
      await api<{ code: string }>(`/api/admin/batteries/${batteryId}/status`, {
        method: 'POST',
        token: viewerToken,
        body: JSON.stringify({ status: 'inactive' }),
      }),
    ];
    for (const refused of refusals) {
      expect(refused).toMatchObject({ status: 403, body: { code: 'forbidden' } });
      expect(refused.type).toContain('application/problem+json');
    }
    expect((await api(`/api/admin/batteries/${batteryId}/progress`, { token: viewerToken })).status).toBe(200);
  });

  it('lists every change of the admin in the audit log, and none of the viewer', async () => {
    await page.goto(`${stack.baseUrl}/admin/audit`);
    await page.waitForSelector('table.data tbody tr');
    const entries = await page.$$eval('table.data tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
    const actions = entries.map(([, actor, action]) => `${actor} ${action}`);
    for (const action of ['battery.create', 'participants.import', 'participants.invite', 'admin_user.create']) {
      expect(actions).toContain(`${stack.admin.email} ${action}`);
    }
    expect(actions.filter((a) => !a.startsWith(`${stack.admin.email} `))).toEqual([]);
    await expectAccessible(page, 'audit log');
    await screenshot(page, 'admin-12-audit');
  });
});
