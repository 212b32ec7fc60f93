// How long after the last rater presses Kirim Data can the participant download the report?
// Starts the four services (built from this repository) on an isolated database, vhost and Redis
// prefix, prepares N participants (default 60) through the public HTTP API up to their fourth
// rater's answers, then submits those last raters (C at a time, default 4) and, for each, polls
// GET /api/monitoring/report.pdf with the participant's monitoring token from the submit's HTTP
// response until the PDF arrives. Prints p50/p95/max of that time, split into "waiting for the
// result" (409 report_not_ready) and "the download that succeeded" (render + transfer).
// Goal (issue 5): p95 ≤ 3 s on the 2-core development machine.
//   npm run bench:report-latency            # or: node bench/report-latency.mjs [participants] [concurrency]
// Prints numbers; asserts nothing. BENCH_SERVICE_OUTPUT=inherit shows the services' logs.

import { migrate, startServices, waitUntilReady } from '../scripts/stack/services.mjs';
import { freePort, isolatedInfra, root } from './support.mjs';

const count = Number(process.argv[2] ?? 60);
const concurrency = Number(process.argv[3] ?? 4);
const POLL_MS = 20;
const TARGET = 'ahli_pertama';
const ADMIN = { email: 'admin@bench.test', password: 'report latency bench' };

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n) => `${n.toFixed(0)} ms`;
const sleep = (n) => new Promise((r) => setTimeout(r, n));

/** Runs `work` over `items`, `limit` at a time. */
async function eachLimited(items, limit, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
}

const infra = await isolatedInfra('latency');
const ports = {
  gateway: await freePort(),
  assessment: await freePort(),
  notification: await freePort(),
  reporting: await freePort(),
};
const baseUrl = `http://127.0.0.1:${ports.gateway}`;
const env = {
  NODE_ENV: 'development',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  DATABASE_URL: infra.databaseUrl,
  RABBITMQ_URL: infra.rabbitmqUrl,
  REDIS_URL: infra.redisUrl,
  BULL_PREFIX: `bench:${infra.name}`,
  PUBLIC_URL: baseUrl,
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  MAIL_CATCHER_PORT: '0',
  // Every request of the benchmark comes from one address; the per-client portal limit is not what is measured.
  PORTAL_REQUESTS_PER_MINUTE: '1000000',
};

async function call(path, { method = 'GET', token, body, form } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

const tokenOf = (url) => url.slice(url.indexOf('#') + 1);

await migrate(root, env);
const stack = startServices({
  root,
  env,
  ports,
  onLine: process.env.BENCH_SERVICE_OUTPUT === 'inherit' ? (s, line) => console.log(`[${s}] ${line}`) : undefined,
});
try {
  await waitUntilReady(baseUrl, 120_000, stack.children);
  let admin;
  for (let tries = 0; !admin; tries++) {
    // Assessment creates the first admin while it boots.
    admin = await call('/api/auth/login', { method: 'POST', body: ADMIN }).then(
      (r) => r.token,
      async (error) => {
        if (tries > 100) throw error;
        await sleep(200);
      },
    );
  }

  const setupStarted = performance.now();
  const catalogue = await call('/api/admin/catalogue', { token: admin });
  const items = await call(`/api/admin/items?target=${TARGET}`, { token: admin });
  const subCompetencyIds = catalogue.levels
    .find((l) => l.id === TARGET)
    .measuredSubCompetencyIds.filter((id) => items.some((i) => i.subCompetencyId === id && i.active))
    .slice(0, 4);
  const today = new Date().toISOString().slice(0, 10);
  const battery = await call('/api/admin/batteries', {
    method: 'POST',
    token: admin,
    body: {
      name: 'Bench report latency',
      programme: 'Bench',
      periodStart: today,
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      target: TARGET,
      subCompetencyIds,
    },
  });
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `Peserta Bench ${i + 1};;peserta${i + 1}@bench.example.go.id;Ahli Pertama;Disnaker Bench;Jawa Barat;Kota Bandung`,
  );
  const form = new FormData();
  form.set(
    'file',
    new Blob([`Nama;NIP;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota\n${rows.join('\n')}\n`]),
    'p.csv',
  );
  form.set('batteryId', battery.id);
  form.set('dryRun', 'false');
  await call('/api/admin/imports', { method: 'POST', token: admin, form });
  await call(`/api/admin/batteries/${battery.id}/invitations`, { method: 'POST', token: admin, body: {} });
  const participants = (
    await call(`/api/admin/participants?batteryId=${battery.id}&pageSize=500`, { token: admin })
  ).items.slice(0, count);

  /** Mulai, answers (and the rater list for the participant); Kirim Data unless told to hold. */
  async function fill(start, { raters, hold = false } = {}) {
    const { sessionToken } = await call('/api/portal/sessions', { method: 'POST', token: start });
    const formView = await call('/api/portal/form', { token: sessionToken });
    if (raters) await call('/api/portal/raters', { method: 'PUT', token: sessionToken, body: raters });
    const part1 = formView.part1
      .flatMap((g) => g.items)
      .map((item) => item.code)
      .slice(0, 12);
    const part2 = Object.fromEntries(formView.part2.flatMap((s) => s.items).map((item, i) => [item.id, 1 + (i % 4)]));
    await call('/api/portal/answers', { method: 'PUT', token: sessionToken, body: { part1, part2 } });
    if (!hold) await call('/api/portal/submit', { method: 'POST', token: sessionToken });
    return sessionToken;
  }
  const link = (participantId, kind, role) =>
    call(`/api/admin/participants/${participantId}/links`, {
      method: 'POST',
      token: admin,
      body: role ? { kind, role } : { kind },
    }).then((issued) => tokenOf(issued.url));

  const prepared = new Array(participants.length);
  await eachLimited(participants, 6, async (p, i) => {
    await fill(await link(p.id, 'start', 'self'), {
      raters: {
        workLocation: { province: 'Jawa Barat', regency: 'Kota Bandung' },
        supervisor: { name: `Atasan ${i + 1}`, email: `atasan${i + 1}@bench.example.go.id` },
        peer: { name: `Rekan ${i + 1}`, email: `rekan${i + 1}@bench.example.go.id` },
      },
    });
    await call(`/api/admin/participants/${p.id}/raters/service_user`, {
      method: 'PUT',
      token: admin,
      body: { name: `Pengguna ${i + 1}`, email: `pengguna${i + 1}@bench.example.go.id` },
    });
    await fill(await link(p.id, 'start', 'supervisor'));
    await fill(await link(p.id, 'start', 'peer'));
    prepared[i] = {
      monitoring: await link(p.id, 'monitoring'),
      lastRater: await fill(await link(p.id, 'start', 'service_user'), { hold: true }),
    };
  });
  const setupSeconds = (performance.now() - setupStarted) / 1000;

  // One report first, outside the measurement: Chromium starts on reporting's first render.
  const warm = prepared.shift();
  await call('/api/portal/submit', { method: 'POST', token: warm.lastRater });
  const warmStarted = performance.now();
  for (;;) {
    const response = await fetch(`${baseUrl}/api/monitoring/report.pdf`, {
      headers: { authorization: `Bearer ${warm.monitoring}` },
    });
    await response.arrayBuffer();
    if (response.ok) break;
    await sleep(POLL_MS);
  }
  const warmMs = performance.now() - warmStarted;

  const total = [];
  const waiting = [];
  const download = [];
  let notReady = 0;
  const measureStarted = performance.now();
  await eachLimited(prepared, concurrency, async ({ lastRater, monitoring }) => {
    await call('/api/portal/submit', { method: 'POST', token: lastRater });
    const submitted = performance.now();
    for (;;) {
      const asked = performance.now();
      const response = await fetch(`${baseUrl}/api/monitoring/report.pdf`, {
        headers: { authorization: `Bearer ${monitoring}` },
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const now = performance.now();
      if (response.ok && bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
        total.push(now - submitted);
        waiting.push(asked - submitted);
        download.push(now - asked);
        return;
      }
      if (response.status !== 409) throw new Error(`report.pdf: ${response.status} ${bytes.toString('utf8')}`);
      notReady++;
      await sleep(POLL_MS);
    }
  });
  const measureSeconds = (performance.now() - measureStarted) / 1000;

  const line = (label, values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `  ${label.padEnd(36)} p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1))}`;
  };
  console.log(
    `report latency: ${total.length} participants (+1 warm-up), last raters submitted ${concurrency} at a time, ` +
      `${subCompetencyIds.length} sub-competencies, polled every ${POLL_MS} ms`,
  );
  console.log(`  setup through the API: ${setupSeconds.toFixed(1)} s; first report (Chromium start): ${ms(warmMs)}`);
  console.log(line('submit response → report downloaded:', total) + '   (goal p95 ≤ 3 s)');
  console.log(line('  of which waiting for the result:', waiting));
  console.log(line('  of which the successful download:', download));
  console.log(
    `  ${notReady} polls answered 409 report_not_ready; ${(total.length / measureSeconds).toFixed(1)} reports/s over ${measureSeconds.toFixed(1)} s`,
  );
} finally {
  await stack.stop();
  await infra.cleanup();
}
