import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { CATALOGUE } from '@evkin/catalogue';
import {
  RATER_ROLES,
  type AdminResultView,
  type BatteryAnalytics,
  type BatterySummary,
  type LoginResponse,
  type ResultCategory,
  type ResultPage,
} from '@evkin/contracts';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONCLUSION_LABELS,
  JENJANG_LABELS,
  NOT_ASSESSED_LABELS,
  ROLE_LABELS,
  WORK_CONDITION_LABELS,
} from '@evkin/scoring';
import { migrate, startServices, waitUntilReady } from '../../scripts/stack/services.mjs';
import { eventually } from '../support/eventually.js';
import { isolate, type IsolatedInfra } from '../support/isolation.js';
import { servicePorts, stackEnv } from '../support/stack.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN = { email: 'admin@evkin.test', password: 'demo walkthrough password' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run demo` as a new user runs it: the script, with only the environment given here. */
function runDemo(env: Record<string, string>): Promise<Run> {
  const { ADMIN_PASSWORD: _password, ADMIN_EMAIL: _email, EVKIN_URL: _url, DEMO_OUTPUT: _out, ...rest } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'scripts/demo.mjs')],
      { cwd: root, env: { ...rest, ...env }, timeout: 150_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Text without whitespace and soft hyphens: table cells wrap anywhere. */
const squash = (text: string): string => text.replace(/[\s\u00ad]+/g, '');
const pdfText = (file: string, ...options: string[]): string =>
  execFileSync('pdftotext', [...options, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/**
 * The demo walkthrough (`npm run demo`) against a stack of its own: it creates a battery, invites a
 * participant, completes the four raters through the public API from the captured emails and writes
 * the report and the four proofs; pdftotext reads them back.
 */
describe('npm run demo', () => {
  let infra: IsolatedInfra;
  let stack: ReturnType<typeof startServices>;
  let baseUrl: string;
  let out: string;
  let run: Run;
  let adminToken: string;

  const api = async <T>(path: string, token?: string, language = 'id') => {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (type.includes('json') ? await response.json() : null) as T,
    };
  };

  beforeAll(async () => {
    infra = await isolate('demo');
    const ports = await servicePorts();
    baseUrl = `http://127.0.0.1:${ports.gateway}`;
    // development, as `npm start` runs: the demo reads the mail catcher at /dev/mail.
    const env = stackEnv(infra, { publicUrl: baseUrl, admin: ADMIN, nodeEnv: 'development' });
    await migrate(root, env);
    stack = startServices({ root, env, ports });
    await waitUntilReady(baseUrl, 90_000, stack.children);
    // Assessment creates the first admin while it boots; readiness can come a moment earlier.
    adminToken = await eventually(async () => {
      const login = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      expect(login.status).toBe(200);
      return ((await login.json()) as LoginResponse).token;
    }, 30_000);
    out = mkdtempSync(join(tmpdir(), 'evkin-demo-'));
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await infra?.cleanup();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('tells a new user how to give the admin password when it is missing, and does nothing', async () => {
    const missing = await runDemo({ EVKIN_URL: baseUrl, ADMIN_EMAIL: ADMIN.email, DEMO_OUTPUT: out });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ADMIN_PASSWORD');
    expect(missing.stderr).toContain('npm start');
    expect(missing.stderr).toContain('--password');
    const wrong = await runDemo({
      EVKIN_URL: baseUrl,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: 'nope',
      DEMO_OUTPUT: out,
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Wrong email or password');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('runs the whole evaluation over HTTP and writes the report and the four proofs', async () => {
    run = await runDemo({
      EVKIN_URL: baseUrl,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO_OUTPUT: out,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['report.pdf', ...RATER_ROLES.map((role) => `proof-${role}.pdf`)].sort());
    // It says what it does, step by step.
    for (const said of ['Creating a demo battery', 'Kirim Data', 'Tambahkan', 'report.pdf', 'proof-service_user.pdf']) {
      expect(run.stdout).toContain(said);
    }
  }, 160_000);

  it('prints the seed’s report: headings, every sub-competency row, the conclusion, the activity profile', async () => {
    const text = pdfText(join(out, 'report.pdf'));
    for (const heading of ['Rahasia', 'PROFIL EVALUASI KINERJA', 'KESIMPULAN', 'PROFIL AKTIVITAS KERJA']) {
      expect(text).toContain(heading);
    }
    expect(squash(text)).toContain(squash('Siti Rahmawati (demo)'));

    // The result as the admin API gives it: the PDF must print the same category in each row.
    const token = adminToken;
    const batteries = (await api<BatterySummary[]>('/api/admin/batteries', token)).body;
    const demo = batteries.find((b) => b.name.startsWith('Demo Evkin 360'))!;
    const results = (await api<ResultPage>(`/api/admin/batteries/${demo.id}/results`, token)).body;
    expect(results.items).toHaveLength(1);
    const participantId = results.items[0]!.participant.id;
    const result = (await api<AdminResultView>(`/api/admin/results/${participantId}`, token)).body;
    expect(result.subCompetencies).toHaveLength(CATALOGUE.subCompetencies.length);
    expect(result.subCompetencies.filter((s) => s.status === 'scored').length).toBeGreaterThan(1);

    // Each row's first line, as laid out: "<n>. <sub-competency> <description…> <category>".
    const layout = pdfText(join(out, 'report.pdf'), '-layout').split('\n');
    const category = new RegExp(
      `\\s{2,}(${[...Object.values(CATEGORY_LABELS.id), NOT_ASSESSED_LABELS.id.category]
        .sort((a, b) => b.length - a.length)
        .join('|')})\\s*$`,
    );
    const labelOf = (code: ResultCategory) => CATEGORY_LABELS.id[code];
    result.subCompetencies.forEach((outcome, i) => {
      const sub = CATALOGUE.subCompetencies[i]!;
      expect(sub.id).toBe(outcome.subCompetencyId);
      const start = new RegExp(`(^|\\s)${i + 1}\\. ${sub.reportLabel.split(' ')[0]}`);
      const line = layout.find((l) => start.test(l));
      const printed = line === undefined ? null : (category.exec(line)?.[1] ?? null);
      if (outcome.status === 'scored') {
        expect({ row: sub.reportLabel, printed }).toEqual({
          row: sub.reportLabel,
          printed: labelOf(outcome.category!),
        });
      } else {
        expect({ row: sub.reportLabel, printed }).toEqual({ row: sub.reportLabel, printed: '-' });
        expect(line).toContain('Subkompetensi ini tidak termasuk dalam');
      }
    });

    // KESIMPULAN with its conclusion.
    expect(result.conclusion).not.toBeNull();
    const conclusion = layout.find((l) => l.includes('KESIMPULAN'));
    expect(conclusion).toMatch(new RegExp(`KESIMPULAN\\s+${CONCLUSION_LABELS.id[result.conclusion!.category]}\\s*$`));

    // PROFIL AKTIVITAS KERJA: count and percentage per level, both conditions, the participant's finding.
    const profile = result.activityProfile!;
    const activity = layout.slice(layout.findIndex((l) => l.includes('PROFIL AKTIVITAS KERJA')));
    for (const row of profile.rows) {
      expect(activity).toContainEqual(
        expect.stringMatching(
          new RegExp(`${JENJANG_LABELS.id[row.jenjang]}\\s+${row.count} aktivitas kerja\\s+${row.percent}%`),
        ),
      );
    }
    const activityText = activity.join('\n');
    expect(activityText).toContain(WORK_CONDITION_LABELS.id.ideal);
    expect(activityText).toContain(WORK_CONDITION_LABELS.id.less_than_ideal);
    expect(profile.condition).toBe('ideal');
    expect(activityText).toContain(`${profile.ownLevelCount} dari ${profile.total} aktivitas kerja`);
  });

  it('prints "Bukti Penyelesaian" and SUBMITTED on each rater’s proof', () => {
    for (const role of RATER_ROLES) {
      const text = pdfText(join(out, `proof-${role}.pdf`));
      expect(text).toContain('Bukti Penyelesaian');
      expect(text).toContain('SUBMITTED');
      expect(text).toContain('TERKONFIRMASI: TELAH DIKIRIM');
    }
  });

  describe('the directorate report on the demo battery (seed 000 G.3)', () => {
    const texts = {
      pendahuluan: 'Evaluasi kinerja pasca pelatihan.\n\nTujuan: <script>alert(1)</script> & "mengukur" dampak.',
      pelaksanaanKegiatan: 'Instrumen dikirim melalui email.',
      analisisHasil: '',
      rekomendasiTindakLanjut: 'Pelatihan lanjutan untuk <b>Penyuluhan Jabatan</b>.',
    };
    const post = async (batteryId: string, body: unknown, language = 'id') => {
      const response = await fetch(`${baseUrl}/api/admin/batteries/${batteryId}/directorate-report.pdf`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${adminToken}`,
          'content-type': 'application/json',
          'accept-language': language,
        },
        body: JSON.stringify(body),
      });
      return { response, bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const demoBattery = async () =>
      (await api<BatterySummary[]>('/api/admin/batteries', adminToken)).body.find((b) =>
        b.name.startsWith('Demo Evkin 360'),
      )!;

    it('prints the four parts with the admin’s text (escaped) and the tables of the analytics', async () => {
      const battery = await demoBattery();
      const { response, bytes } = await post(battery.id, { sections: texts });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="laporan-direktorat-demo-evkin-360-\d+\.pdf"$/,
      );
      const file = join(out, 'directorate.pdf');
      writeFileSync(file, bytes);
      const text = pdfText(file, '-layout');
      rmSync(file);
      for (const heading of [
        'LAPORAN HASIL EVALUASI KINERJA',
        'A. Pendahuluan',
        'B. Pelaksanaan Kegiatan',
        'C. Analisis Hasil Evaluasi Kinerja',
        'D. Rekomendasi dan Tindak Lanjut',
        'Direktorat Bina Pengantar Kerja',
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain(battery.name);
      // The admin's words as typed, markup included, never as markup.
      expect(text).toContain('Tujuan: <script>alert(1)</script> & "mengukur" dampak.');
      expect(text).toContain('Pelatihan lanjutan untuk <b>Penyuluhan Jabatan</b>.');
      expect(text).toContain('(belum diisi)');

      const analytics = (await api<BatteryAnalytics>(`/api/admin/batteries/${battery.id}/analytics`, adminToken)).body;
      const lines = text.split('\n');
      const hasLine = (pattern: RegExp) => expect(lines).toContainEqual(expect.stringMatching(pattern));
      hasLine(/Peserta\s+1$/);
      hasLine(/Selesai \(keempat penilai telah mengisi\)\s+1 \(100,0%\)$/);
      for (const rate of analytics.responseRates) {
        hasLine(new RegExp(`${ROLE_LABELS.id[rate.role]}\\s+${rate.invited}\\s+${rate.submitted}\\s+100,0%$`));
      }
      for (const row of analytics.categories) {
        const sub = CATALOGUE.subCompetencies.find((s) => s.id === row.subCompetencyId)!;
        const counts = CATEGORIES.map((c) => row.counts[c]).join('\\s+');
        hasLine(new RegExp(`${Number(sub.id.slice(2))}\\. ${sub.name.split(' ')[0]}.*\\s${counts}\\s+${row.scored}$`));
      }
      for (const category of CATEGORIES) {
        const n = analytics.conclusions.counts[category];
        hasLine(new RegExp(`${CONCLUSION_LABELS.id[category]}\\s+${n}\\s+${n === 1 ? '100,0' : '0,0'}%$`));
      }
      expect(text).toContain('1 dari 1 Pengantar Kerja yang memiliki profil aktivitas kerja (100,0%)');
    });

    it('prints in English for Accept-Language: en', async () => {
      const battery = await demoBattery();
      const { response, bytes } = await post(battery.id, { sections: texts }, 'en');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('filename="directorate-report-');
      const file = join(out, 'directorate-en.pdf');
      writeFileSync(file, bytes);
      const text = pdfText(file);
      rmSync(file);
      for (const heading of ['A. Introduction', 'B. Execution of the activity', 'D. Recommendations and follow-up']) {
        expect(text).toContain(heading);
      }
      expect(text).toContain('Response rate per rater role');
    });

    it('refuses a body it does not know, and a battery reporting has not heard of, changing nothing', async () => {
      const battery = await demoBattery();
      const bad = await post(battery.id, { sections: { ...texts, lampiran: 'x', pendahuluan: 7 } }, 'en');
      expect(bad.response.status).toBe(400);
      const problem = JSON.parse(bad.bytes.toString('utf8')) as { code: string; errors: { field: string }[] };
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((e) => e.field)).toEqual(
        expect.arrayContaining(['sections.lampiran', 'sections.pendahuluan']),
      );
      const tooLong = await post(battery.id, { sections: { ...texts, analisisHasil: 'x'.repeat(20_001) } });
      expect(tooLong.response.status).toBe(400);
      const unknown = await post('00000000-0000-4000-8000-000000000000', { sections: texts });
      expect(unknown.response.status).toBe(404);
    });
  });

  it('answers 409 with Retry-After, not 404, while reporting has not caught up with a submission', async () => {
    const client = new pg.Client({ connectionString: infra.databaseUrl });
    await client.connect();
    try {
      const [{ participant_id: participantId, self }] = (
        await client.query<{ participant_id: string; self: string }>(
          `SELECT participant_id, id AS self FROM reporting.assignment WHERE role = 'self'`,
        )
      ).rows as [{ participant_id: string; self: string }];
      // As right after the fourth Kirim Data: assessment has the completion, reporting no result yet.
      await client.query('DELETE FROM reporting.result WHERE participant_id = $1', [participantId]);
      // As right after Kirim Data: assessment has the submission, reporting has not recorded it.
      await client.query(`UPDATE reporting.assignment SET status = 'invited', submitted_at = NULL WHERE id = $1`, [
        self,
      ]);

      const mails = (await api<{ to: string[]; text: string }[]>('/dev/mail')).body;
      const invitation = mails.find((m) => m.to.some((to) => to.startsWith('siti.')) && m.text.includes('/e#'))!;
      const monitoring = /\/m#([A-Za-z0-9_-]+)/.exec(invitation.text)![1]!;
      const start = /\/e#([A-Za-z0-9_-]+)/.exec(invitation.text)![1]!;

      const report = await api<{ code: string; title: string; retryAfter: number }>(
        '/api/monitoring/report.pdf',
        monitoring,
        'en',
      );
      expect(report).toMatchObject({
        status: 409,
        retryAfter: '1',
        body: { code: 'report_not_ready', retryAfter: 1 },
      });
      expect(report.body.title).toMatch(/^The report is not available yet/);
      const proof = await api<{ code: string; title: string }>('/api/portal/proof.pdf', start);
      expect(proof).toMatchObject({
        status: 409,
        retryAfter: '1',
        body: {
          code: 'proof_not_ready',
          title: 'Bukti penyelesaian sedang disiapkan; silakan coba lagi sebentar lagi',
        },
      });
    } finally {
      await client.end();
    }
  });
});
