import { fileURLToPath } from 'node:url';
import {
  EVENT_TYPES,
  PROBLEM_CONTENT_TYPE,
  type BatteryView,
  type CapturedMail,
  type FormView,
  type InviteBatteryResult,
  type LinkView,
  type LoginResponse,
  type MonitoringView,
  type PortalSession,
  type PortalSubmitResult,
  type ProofView,
  type RoleState,
  type SaveResult,
} from '@evkin/contracts';
import { migrate, startServices, waitUntilReady } from '../../scripts/stack/services.mjs';
import { tapEvents } from '../support/event-tap.js';
import { eventually } from '../support/eventually.js';
import { isolate, type IsolatedInfra } from '../support/isolation.js';
import { servicePorts, stackEnv } from '../support/stack.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN = { email: 'admin@evkin.test', password: 'correct horse battery staple' };

/**
 * The foundation's walking skeleton, through the gateway's HTTP API, the real broker, the real
 * database and the real SMTP catcher: invite → email → link → submit ×4 → completed → reporting.
 */
describe('walking skeleton across the four services', () => {
  let infra: IsolatedInfra;
  let stack: ReturnType<typeof startServices>;
  let tap: Awaited<ReturnType<typeof tapEvents>>;
  let baseUrl: string;
  let adminToken: string;

  const api = async <T>(path: string, init: RequestInit & { token?: string; language?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.language) headers.set('accept-language', init.language);
    if (init.body) headers.set('content-type', 'application/json');
    const response = await fetch(`${baseUrl}${path}`, { ...init, headers });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: (text ? JSON.parse(text) : null) as T,
    };
  };

  beforeAll(async () => {
    infra = await isolate('skeleton');
    tap = await tapEvents(infra.rabbitmqUrl);
    const ports = await servicePorts();
    baseUrl = `http://127.0.0.1:${ports.gateway}`;
    const env = stackEnv(infra, { publicUrl: 'https://evkin.example', admin: ADMIN });
    await migrate(root, env);
    stack = startServices({ root, env, ports });
    await waitUntilReady(baseUrl, 45_000, stack.children);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await tap?.close();
    await infra?.cleanup();
  });

  it('reports readiness of every service by name', async () => {
    const ready = await api<{ ready: boolean; services: Record<string, { ready: boolean }> }>('/health/ready');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body.services).sort()).toEqual(['assessment', 'gateway', 'notification', 'reporting']);
    expect(Object.values(ready.body.services).every((s) => s.ready)).toBe(true);
    const self = await api<{ service: string; ready: boolean }>('/health/ready/self');
    expect(self).toMatchObject({ status: 200, body: { service: 'gateway', ready: true } });
  });

  it('serves the portal and its client-side routes', async () => {
    for (const path of ['/', '/e', '/m', '/admin']) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<app-root');
    }
  });

  it('refuses admin calls without a session, as translated problem+json', async () => {
    const id = await api<{ title: string; code: string }>('/api/admin/participants');
    expect(id.status).toBe(401);
    expect(id.type).toContain(PROBLEM_CONTENT_TYPE);
    expect(id.body).toMatchObject({ code: 'unauthenticated', title: 'Silakan masuk terlebih dahulu' });
    const en = await api<{ title: string }>('/api/admin/participants', { language: 'en' });
    expect(en.body.title).toBe('Please sign in first');
  });

  it('signs the first admin in', async () => {
    const wrong = await api('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ ...ADMIN, password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    const login = await api<LoginResponse>('/api/auth/login', { method: 'POST', body: JSON.stringify(ADMIN) });
    expect(login.status).toBe(200);
    expect(login.body.user).toEqual({ email: ADMIN.email, role: 'admin' });
    adminToken = login.body.token;
  });

  it('rejects a bad request field by field and changes nothing', async () => {
    const bad = await api<{ code: string; errors: { field: string; code: string; message: string }[] }>(
      '/api/admin/participants/00000000-0000-4000-8000-000000000000/raters/supervisor',
      {
        method: 'PUT',
        token: adminToken,
        language: 'en',
        body: JSON.stringify({ name: 'X', email: 'not-an-email', extra: 1 }),
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    const fields = bad.body.errors.map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(expect.arrayContaining(['extra:whitelistValidation', 'email:isEmail']));
    expect(bad.body.errors.find((e) => e.field === 'email')?.message).toBe('must be a valid email address');
  });

  it('runs the whole journey over HTTP: battery, import, invite, email, Mulai, answers, raters, Kirim Data ×4', async () => {
    const battery = await api<BatteryView>('/api/admin/batteries', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({
        name: 'Evkin Ahli Pertama 2026',
        programme: 'Pelatihan Dasar Antar Kerja',
        periodStart: '2026-11-01',
        deadline: '2099-12-31',
        target: 'ahli_pertama',
        subCompetencyIds: ['sk02'],
      }),
    });
    expect(battery.status).toBe(201);

    const form = new FormData();
    form.set(
      'file',
      new Blob([
        'Nama;NIP;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota\n' +
          'Siti Rahmawati;;siti@example.go.id;Ahli Pertama;Disnaker Kota Bandung;Jawa Barat;Kota Bandung\n',
      ]),
      'peserta.csv',
    );
    form.set('batteryId', battery.body.id);
    form.set('dryRun', 'false');
    const imported = await fetch(`${baseUrl}/api/admin/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
      body: form,
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ created: 1, errors: [] });

    const invited = await api<InviteBatteryResult>(`/api/admin/batteries/${battery.body.id}/invitations`, {
      method: 'POST',
      token: adminToken,
      headers: { 'x-correlation-id': 'skeleton-invite-1' },
      body: '{}',
    });
    expect(invited.body).toEqual({ invited: 1, alreadyInvited: 0 });

    const linksIn = async (email: string, count = 1) => {
      const mails = await eventually(async () => {
        const caught = (await api<CapturedMail[]>('/dev/mail')).body.filter((m) => m.to.includes(email));
        expect(caught.length).toBeGreaterThanOrEqual(count);
        return caught;
      });
      const text = mails[count - 1]!.text;
      return {
        start: /https:\/\/evkin\.example\/e#([A-Za-z0-9_-]{43})/.exec(text)?.[1],
        monitoring: /https:\/\/evkin\.example\/m#([A-Za-z0-9_-]{43})/.exec(text)?.[1],
      };
    };
    const siti = await linksIn('siti@example.go.id');
    expect(siti.start).toBeDefined();
    expect(siti.monitoring).toBeDefined();

    const view = await api<LinkView>('/api/portal/link', { token: siti.start! });
    expect(view.body).toMatchObject({ role: 'self', status: 'pending', participant: { name: 'Siti Rahmawati' } });
    const unknown = await api<{ code: string }>('/api/portal/link', { token: 'A'.repeat(43) });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'link_invalid' } });

    const fill = async (start: string, raters?: object) => {
      const session = await api<PortalSession>('/api/portal/sessions', { method: 'POST', token: start });
      expect(session.status).toBe(201);
      const token = session.body.sessionToken;
      const formView = await api<FormView>('/api/portal/form', { token });
      if (raters) {
        const named = await api('/api/portal/raters', { method: 'PUT', token, body: JSON.stringify(raters) });
        expect(named.status).toBe(200);
      }
      const answers = Object.fromEntries(formView.body.part2.flatMap((s) => s.items).map((item) => [item.id, 4]));
      const saved = await api<SaveResult>('/api/portal/answers', {
        method: 'PUT',
        token,
        body: JSON.stringify({ part1: [formView.body.part1[0]!.items[0]!.code], part2: answers }),
      });
      expect(saved.body.progress.complete).toBe(true);
      const submit = await api<PortalSubmitResult>('/api/portal/submit', { method: 'POST', token });
      expect(submit.status).toBe(200);
      return { token, submit: submit.body };
    };

    const incompleteSession = await api<PortalSession>('/api/portal/sessions', { method: 'POST', token: siti.start! });
    const incomplete = await api<{ code: string; missing: unknown[] }>('/api/portal/submit', {
      method: 'POST',
      token: incompleteSession.body.sessionToken,
      language: 'en',
    });
    expect(incomplete).toMatchObject({
      status: 422,
      body: { code: 'incomplete', title: 'Some answers are still missing' },
    });
    expect(incomplete.body.missing.length).toBeGreaterThan(0);

    const self = await fill(siti.start!, {
      workLocation: { province: 'Jawa Barat', regency: 'Kota Bandung' },
      supervisor: { name: 'Budi Santoso', email: 'budi@example.go.id' },
      peer: { name: 'Rina Wulandari', email: 'rina@example.go.id' },
    });
    expect(self.submit.firstSubmission).toBe(true);
    // Unduh Laporan before the other three: a state to show (409), not something to retry.
    const early = await api<{ code: string; title: string }>('/api/monitoring/report.pdf', {
      token: siti.monitoring!,
      language: 'en',
    });
    expect(early).toMatchObject({ status: 409, body: { code: 'report_not_ready' } });
    expect(early.body.title).toMatch(/^The report is not available yet/);
    expect(early.body).not.toHaveProperty('retryAfter');
    const again = await api<PortalSubmitResult>('/api/portal/submit', { method: 'POST', token: self.token });
    expect(again.body.firstSubmission).toBe(false);

    const added = await api<RoleState>('/api/monitoring/raters/service_user', {
      method: 'PUT',
      token: siti.monitoring!,
      body: JSON.stringify({ name: 'Andi Pratama', email: 'andi@example.com', language: 'en' }),
    });
    expect(added.body).toMatchObject({ role: 'service_user', status: 'pending' });

    for (const email of ['budi@example.go.id', 'rina@example.go.id', 'andi@example.com']) {
      const links = await linksIn(email);
      expect(links.monitoring).toBeUndefined();
      await fill(links.start!);
    }

    const monitoring = await eventually(async () => {
      const page = await api<MonitoringView>('/api/monitoring', { token: siti.monitoring! });
      expect(page.body.reportAvailable).toBe(true);
      expect(page.body.roles.every((r) => r.invitationEmail?.status === 'sent')).toBe(true);
      return page.body;
    });
    expect(monitoring.roles.map((r) => `${r.role}:${r.status}`)).toEqual([
      'supervisor:submitted',
      'peer:submitted',
      'self:submitted',
      'service_user:submitted',
    ]);
    const proof = await api<ProofView>('/api/portal/proof', { token: siti.start! });
    expect(proof.body).toMatchObject({ status: 'SUBMITTED', role: 'self', programme: 'Pelatihan Dasar Antar Kerja' });

    // Bukti Penyelesaian and the report, as PDFs rendered by reporting in Chromium.
    const pdf = async (path: string, token: string) =>
      eventually(async () => {
        const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('application/pdf');
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        return bytes;
      }, 30_000);
    await pdf('/api/portal/proof.pdf', siti.start!);
    await pdf('/api/monitoring/report.pdf', siti.monitoring!);

    // The participant hears the report is ready, with a Halaman Monitoring link.
    const reportLink = await eventually(async () => {
      const token = (await api<CapturedMail[]>('/dev/mail')).body
        .filter((m) => m.to.includes('siti@example.go.id'))
        .slice(1)
        .map((m) => /https:\/\/evkin\.example\/m#([A-Za-z0-9_-]{43})/.exec(m.text)?.[1])
        .find((found) => found !== undefined);
      expect(token).toBeDefined();
      return token!;
    });
    expect((await api<MonitoringView>('/api/monitoring', { token: reportLink })).body.reportAvailable).toBe(true);
  });

  it('published every step on evkin.events as persistent CloudEvents 1.0, once each', async () => {
    const byKey = (key: string) => tap.events.filter((e) => e.routingKey === key);
    await eventually(() => expect(byKey('evaluation.completed')).toHaveLength(1));
    expect(new Set(byKey('evaluation.invited').map((e) => e.envelope.id)).size).toBe(4);
    expect(new Set(byKey('evaluation.submitted').map((e) => e.envelope.id)).size).toBe(4);
    await eventually(() =>
      expect(
        byKey('email.status').filter((e) => (e.envelope.data as { kind: string }).kind === 'invitation'),
      ).toHaveLength(4),
    );
    for (const { routingKey, envelope, message } of tap.events) {
      expect(envelope).toMatchObject({
        specversion: '1.0',
        type: EVENT_TYPES[routingKey as keyof typeof EVENT_TYPES],
        datacontenttype: 'application/json',
      });
      expect(envelope.type).toMatch(/\.v\d+$/);
      expect(Number.isNaN(Date.parse(envelope.time))).toBe(false);
      expect(message.properties.deliveryMode).toBe(2);
      expect(message.properties.messageId).toBe(envelope.id);
      expect(message.properties.headers?.['x-correlation-id']).toBe(envelope.correlationid);
    }
    // The admin call's correlation id travels HTTP → RPC → outbox → the invitation event, and on
    // into the email's delivery report (whose causation is the invitation event).
    const first = byKey('evaluation.invited')[0]!;
    expect(first.envelope.correlationid).toBe('skeleton-invite-1');
    const status = byKey('email.status').find((e) => e.envelope.causationid === first.envelope.id);
    expect(status?.envelope.correlationid).toBe('skeleton-invite-1');
  });

  it('slows down password guessing: sign-in attempts are limited per client', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await api<{ code: string; title: string }>('/api/auth/login', {
        method: 'POST',
        language: 'en',
        body: JSON.stringify({ email: ADMIN.email, password: `guess-${attempt}` }),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.body).toMatchObject({ code: 'rate_limited', title: 'Too many requests, try again later' });
      }
    }
    // The default allows ten a minute; the two sign-ins earlier in this file count too unless, on a
    // busy machine, they fell into the previous minute. Either way: wrong passwords, then refusals.
    const refusedFrom = statuses.indexOf(429);
    expect(refusedFrom).toBeGreaterThanOrEqual(8);
    expect(refusedFrom).toBeLessThanOrEqual(10);
    expect(statuses.slice(0, refusedFrom).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(refusedFrom).every((s) => s === 429)).toBe(true);
  });

  it('is not ready while one service is down, and says which', async () => {
    const reporting = stack.children.get('reporting')!;
    await new Promise((resolve) => {
      reporting.once('exit', resolve);
      reporting.kill('SIGTERM');
    });
    const ready = await api<{ ready: boolean; services: Record<string, { ready: boolean }> }>('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.services['reporting']!.ready).toBe(false);
    expect(ready.body.services['assessment']!.ready).toBe(true);
    expect((await api('/health/ready/self')).status).toBe(200);
  });

  it('stops every service cleanly on SIGTERM', async () => {
    const codes = await stack.stop();
    expect(codes).toEqual({ assessment: 0, notification: 0, reporting: 0, gateway: 0 });
  });
});
