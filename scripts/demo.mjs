// `npm run demo`: one whole evaluation on a running stack, through the public HTTP API only, the way
// people would do it: the admin creates a battery and invites one participant; the participant and
// their three raters open the links from their emails (caught at /dev/mail), fill in Part 1 and
// Part 2 and press Kirim Data; then the report and the four proofs of completion are downloaded to
// demo-output/. Every step is printed.
//
//   npm start                                 # in another terminal; note the admin password it prints
//   ADMIN_PASSWORD='<password>' npm run demo
//   npm run demo -- --url http://localhost:3000 --email admin@evkin.local --password '<password>' --out demo-output
//
// Environment: EVKIN_URL (default http://localhost:3000), ADMIN_EMAIL (default admin@evkin.local),
// ADMIN_PASSWORD, DEMO_OUTPUT (default demo-output/ at the repository root). Needs the development
// mail catcher (no SMTP_URL, NODE_ENV not production).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { RATER_ROLES } from '@evkin/contracts';
import { ROLE_LABELS, TARGET_LABELS } from '@evkin/scoring';

const root = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `Usage: npm run demo -- [--url URL] [--email EMAIL] [--password PASSWORD] [--out DIR]
  --url       the running stack (env EVKIN_URL; default http://localhost:3000)
  --email     admin account (env ADMIN_EMAIL; default admin@evkin.local)
  --password  its password (env ADMIN_PASSWORD): the one \`npm start\` printed when it created the
              account ("password (shown only this once)"), or the ADMIN_PASSWORD it was started with
  --out       where the PDFs go (env DEMO_OUTPUT; default demo-output/)`;

/** The demo participant: an Ahli Muda, like the example row of the import template. */
const TARGET = 'ahli_muda';
const JABATAN = 'Ahli Muda';
const POLL_MS = 250;
const WAIT_MS = 60_000;

class DemoError extends Error {}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        url: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new DemoError(`${error.message}\n\n${USAGE}`);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const password = parsed.password ?? process.env.ADMIN_PASSWORD;
  const email = parsed.email ?? process.env.ADMIN_EMAIL ?? 'admin@evkin.local';
  if (!password) {
    throw new DemoError(
      `The demo signs in as the admin ${email}, and needs its password.\n` +
        `  - \`npm start\` printed it once when it created the account ("password (shown only this once)");\n` +
        `  - or you started the stack with ADMIN_PASSWORD=… (use the same value).\n` +
        `Then run:  ADMIN_PASSWORD='<password>' npm run demo   (or: npm run demo -- --password '<password>')\n\n${USAGE}`,
    );
  }
  return {
    baseUrl: (parsed.url ?? process.env.EVKIN_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
    email,
    password,
    out: resolve(root, parsed.out ?? process.env.DEMO_OUTPUT ?? 'demo-output'),
  };
}

let stepNo = 0;
const step = (text) => console.log(`\n${String(++stepNo).padStart(2, ' ')}. ${text}`);
const detail = (text) => console.log(`    ${text}`);
/** A path as the user would type it: relative when it is under the current folder. */
const shown = (path) => {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function client(baseUrl) {
  async function request(path, { method = 'GET', token, body, form, accept } = {}) {
    const headers = { 'accept-language': 'id' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (accept) headers.accept = accept;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
    } catch (error) {
      throw new DemoError(
        `Cannot reach ${baseUrl} (${error.cause?.code ?? error.message}). Is the stack running? Start it with \`npm start\`.`,
      );
    }
    return response;
  }

  /** JSON, or a DemoError naming the problem+json answer. */
  async function json(path, init) {
    const response = await request(path, init);
    const text = await response.text();
    const value = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const what = value?.code ? `${value.code}: ${value.title}` : text.slice(0, 200);
      const fields = value?.errors?.map((e) => `${e.field} ${e.message}`).join('; ');
      throw new DemoError(
        `${init?.method ?? 'GET'} ${path} answered ${response.status} (${what})${fields ? ` — ${fields}` : ''}`,
      );
    }
    return value;
  }

  /**
   * A PDF; retries while the server says it is being prepared (409 with Retry-After: reporting
   * has not caught up with the submission yet) until WAIT_MS.
   */
  async function pdf(path, token) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const response = await request(path, { token });
      if (response.ok) {
        const bytes = Buffer.from(await response.arrayBuffer());
        if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new DemoError(`${path} did not send a PDF`);
        return bytes;
      }
      const retryAfter = Number(response.headers.get('retry-after'));
      const problem = await response.json().catch(() => null);
      if (response.status !== 409 || !(retryAfter > 0) || Date.now() > deadline) {
        throw new DemoError(`GET ${path} answered ${response.status} (${problem?.code}: ${problem?.title})`);
      }
      await sleep(retryAfter * 1000);
    }
  }

  return { request, json, pdf };
}

async function main() {
  const opts = options();
  const api = client(opts.baseUrl);
  const runId = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const emailOf = (who) => `${who}.demo${runId}@example.go.id`;

  step(`Checking the stack at ${opts.baseUrl}`);
  const ready = await api.request('/health/ready');
  if (ready.status !== 200) {
    throw new DemoError(
      `${opts.baseUrl}/health/ready answered ${ready.status}: ${await ready.text()}\nWait until \`npm start\` says ready.`,
    );
  }
  detail('all four services are ready');
  const mailbox = await api.request('/dev/mail');
  if (mailbox.status !== 200) {
    throw new DemoError(
      `${opts.baseUrl}/dev/mail answered ${mailbox.status}: the demo reads the invitation emails from the development ` +
        'mail catcher, which exists only outside production and without SMTP_URL.',
    );
  }

  step(`Signing in as ${opts.email}`);
  const login = await api.request('/api/auth/login', {
    method: 'POST',
    body: { email: opts.email, password: opts.password },
  });
  if (login.status === 401) {
    throw new DemoError(
      `Wrong email or password for ${opts.email}. Use the password \`npm start\` printed when it created the admin ` +
        'account, or the ADMIN_PASSWORD the stack was first started with.',
    );
  }
  if (!login.ok) throw new DemoError(`POST /api/auth/login answered ${login.status}: ${await login.text()}`);
  const admin = (await login.json()).token;
  detail('signed in (role admin)');

  step('Creating a demo battery');
  const catalogue = await api.json('/api/admin/catalogue', { token: admin });
  const measured = catalogue.levels.find((level) => level.id === TARGET).measuredSubCompetencyIds;
  const items = await api.json(`/api/admin/items?target=${TARGET}`, { token: admin });
  const withItems = measured.filter((id) => items.some((item) => item.subCompetencyId === id && item.active));
  const subCompetencyIds = withItems.slice(0, 5);
  const today = new Date();
  const isoDay = (date) => date.toISOString().slice(0, 10);
  const battery = await api.json('/api/admin/batteries', {
    method: 'POST',
    token: admin,
    body: {
      name: `Demo Evkin 360 ${runId}`,
      programme: 'Pelatihan Konseling Karier (demo)',
      periodStart: isoDay(today),
      deadline: isoDay(new Date(today.getTime() + 30 * 86_400_000)),
      target: TARGET,
      subCompetencyIds,
    },
  });
  const subName = (id) => catalogue.subCompetencies.find((s) => s.id === id)?.name ?? id;
  detail(`"${battery.name}" for ${TARGET_LABELS.id[TARGET]}, until ${battery.deadline}`);
  detail(
    `Part 2 covers ${subCompetencyIds.map(subName).join(', ')} (${battery.instrument.part2Items.length} statements)`,
  );

  step('Importing the demo participant (CSV) and inviting her');
  const participant = {
    name: 'Siti Rahmawati (demo)',
    email: emailOf('siti'),
    unit: 'Disnaker Kota Bandung',
    province: 'Jawa Barat',
    regency: 'Kota Bandung',
  };
  const form = new FormData();
  form.set(
    'file',
    new Blob([
      'Nama;NIP;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota\n' +
        `${participant.name};;${participant.email};${JABATAN};${participant.unit};${participant.province};${participant.regency}\n`,
    ]),
    'peserta-demo.csv',
  );
  form.set('batteryId', battery.id);
  form.set('dryRun', 'false');
  const imported = await api.json('/api/admin/imports', { method: 'POST', token: admin, form });
  detail(`imported ${imported.created} participant: ${participant.name} <${participant.email}>`);
  const invited = await api.json(`/api/admin/batteries/${battery.id}/invitations`, {
    method: 'POST',
    token: admin,
    body: {},
  });
  detail(`invited ${invited.invited}: an email with Mulai Evaluasi and Halaman Monitoring is on its way`);

  /** The newest email to `address` that holds a portal link, from the development mail catcher. */
  async function linksFor(address) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const mails = await api.json('/dev/mail');
      const mail = mails.find((m) => m.to.includes(address) && /\/e#[A-Za-z0-9_-]+/.test(m.text));
      if (mail) {
        return {
          subject: mail.subject,
          start: /\/e#([A-Za-z0-9_-]+)/.exec(mail.text)[1],
          monitoring: /\/m#([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? null,
        };
      }
      if (Date.now() > deadline) throw new DemoError(`no invitation email for ${address} within ${WAIT_MS / 1000} s`);
      await sleep(POLL_MS);
    }
  }

  /** What a rater does with their link: look, Mulai, (the rater list), Part 1, Part 2, Kirim Data. */
  async function evaluate(role, start, raterList) {
    const view = await api.json('/api/portal/link', { token: start });
    detail(
      `link opened: ${view.rater.name} as ${ROLE_LABELS.id[role]} for ${view.participant.name} (Bukan Saya / Mulai)`,
    );
    const session = (await api.json('/api/portal/sessions', { method: 'POST', token: start })).sessionToken;
    const formView = await api.json('/api/portal/form', { token: session });
    if (raterList) {
      await api.json('/api/portal/raters', { method: 'PUT', token: session, body: raterList });
      detail(`rater list saved: Atasan ${raterList.supervisor.name}, Rekan Kerja ${raterList.peer.name} (invited now)`);
    }
    // Part 1: the activities of the participant's own level, and a couple above it, as observed.
    const activities = formView.part1.flatMap((group) => group.items);
    const own = activities.filter((a) => a.jenjang === TARGET).map((a) => a.code);
    const other = activities.filter((a) => a.jenjang !== TARGET).map((a) => a.code);
    const part1 = [...own, ...other.slice(0, role === 'self' ? 2 : 4)];
    // Part 2: each role answers a little differently, and each sub-competency too, so the report
    // shows more than one category.
    const base = { self: 4, supervisor: 3, peer: 4, service_user: 3 }[role];
    const part2 = {};
    formView.part2.forEach((section, s) => {
      for (const item of section.items) part2[item.id] = Math.max(1, base - [0, 1, 0, 2][s % 4]);
    });
    const saved = await api.json('/api/portal/answers', { method: 'PUT', token: session, body: { part1, part2 } });
    detail(
      `Part 1: ${part1.length} activities ticked; Part 2: ${saved.progress.part2Answered}/${saved.progress.part2Total} statements answered`,
    );
    const submitted = await api.json('/api/portal/submit', { method: 'POST', token: session });
    detail(`Kirim Data: ${submitted.status} at ${submitted.submittedAt}`);
  }

  const people = {
    supervisor: { name: 'Budi Santoso (demo)', email: emailOf('budi') },
    peer: { name: 'Rina Wulandari (demo)', email: emailOf('rina') },
    service_user: { name: 'Andi Pratama (demo)', email: emailOf('andi') },
  };
  const startLinks = {};

  step(`The participant opens her invitation (${participant.email})`);
  const own = await linksFor(participant.email);
  if (!own.monitoring) throw new DemoError('the invitation has no Halaman Monitoring link');
  detail(`email "${own.subject}": /e#… (Mulai Evaluasi) and /m#… (Halaman Monitoring)`);
  startLinks.self = own.start;
  await evaluate('self', own.start, {
    workLocation: { province: participant.province, regency: participant.regency },
    supervisor: { ...people.supervisor, position: 'Kepala Bidang Penempatan' },
    peer: { ...people.peer, position: 'Pengantar Kerja Ahli Muda' },
  });

  step('On Halaman Monitoring she adds the service user (Tambahkan → Simpan & Kirim)');
  const added = await api.json('/api/monitoring/raters/service_user', {
    method: 'PUT',
    token: own.monitoring,
    body: { ...people.service_user, position: 'Pencari Kerja', province: participant.province },
  });
  detail(`${ROLE_LABELS.id.service_user}: ${added.rater.name}, status ${added.status}`);

  for (const role of ['supervisor', 'peer', 'service_user']) {
    step(`${ROLE_LABELS.id[role]} (${people[role].email}) opens the invitation and fills it in`);
    const links = await linksFor(people[role].email);
    detail(`email "${links.subject}"`);
    startLinks[role] = links.start;
    await evaluate(role, links.start);
  }

  step('Halaman Monitoring: waiting for Selesai from all four');
  const deadline = Date.now() + WAIT_MS;
  let page;
  for (;;) {
    page = await api.json('/api/monitoring', { token: own.monitoring });
    if (page.reportAvailable) break;
    if (Date.now() > deadline) throw new DemoError('the report did not become available in time');
    await sleep(POLL_MS);
  }
  for (const state of page.roles) {
    detail(
      `${ROLE_LABELS.id[state.role].padEnd(17)} ${state.status.padEnd(10)} email ${state.invitationEmail?.status ?? '-'}`,
    );
  }

  step(`Downloading the report and the proofs of completion to ${shown(opts.out)}/`);
  mkdirSync(opts.out, { recursive: true });
  const save = (name, bytes) => {
    const file = join(opts.out, name);
    writeFileSync(file, bytes);
    detail(`${shown(file)}  (${Math.round(bytes.length / 1024)} KiB)`);
  };
  save('report.pdf', await api.pdf('/api/monitoring/report.pdf', own.monitoring));
  for (const role of RATER_ROLES) save(`proof-${role}.pdf`, await api.pdf('/api/portal/proof.pdf', startLinks[role]));

  console.log(
    `\nDone. Open ${shown(opts.out)}/report.pdf (Unduh Laporan) and proof-<role>.pdf there (Bukti Penyelesaian).\n` +
      `The same evaluation is in the admin console: ${opts.baseUrl}/admin (battery "${battery.name}"),\n` +
      `and every email it sent is at ${opts.baseUrl}/dev/mail.`,
  );
}

main().catch((error) => {
  if (error instanceof DemoError) {
    console.error(`\nnpm run demo: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
