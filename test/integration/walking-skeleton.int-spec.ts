import { fileURLToPath } from 'node:url';
import {
  EVENT_TYPES,
  type AssignmentSummary,
  PROBLEM_CONTENT_TYPE,
  type AssignmentView,
  type CapturedMail,
  type CompletionView,
  type InviteParticipantResponse,
  type LoginResponse,
  type SubmitResult,
} from '@evkin/contracts';
import { migrate, startServices, waitUntilReady } from '../../scripts/stack/services.mjs';
import { tapEvents } from '../support/event-tap.js';
import { eventually } from '../support/eventually.js';
import { isolate, type IsolatedInfra } from '../support/isolation.js';
import { freePort } from '../support/ports.js';

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
    const ports = {
      gateway: await freePort(),
      assessment: await freePort(),
      notification: await freePort(),
      reporting: await freePort(),
    };
    baseUrl = `http://127.0.0.1:${ports.gateway}`;
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: infra.databaseUrl,
      RABBITMQ_URL: infra.rabbitmqUrl,
      REDIS_URL: infra.redisUrl,
      BULL_PREFIX: infra.bullPrefix,
      PUBLIC_URL: 'https://evkin.example',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      MAIL_CATCHER_PORT: '0',
    };
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
    for (const path of ['/', '/e']) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<app-root');
    }
  });

  it('refuses admin calls without a session, as translated problem+json', async () => {
    const id = await api<{ title: string; code: string }>('/api/admin/invitations', { method: 'POST', body: '{}' });
    expect(id.status).toBe(401);
    expect(id.type).toContain(PROBLEM_CONTENT_TYPE);
    expect(id.body).toMatchObject({ code: 'unauthenticated', title: 'Silakan masuk terlebih dahulu' });
    const en = await api<{ title: string }>('/api/admin/invitations', { method: 'POST', body: '{}', language: 'en' });
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

  it('rejects a bad invitation field by field and creates nothing', async () => {
    const bad = await api<{ code: string; errors: { field: string; code: string; message: string }[] }>(
      '/api/admin/invitations',
      {
        method: 'POST',
        token: adminToken,
        language: 'en',
        body: JSON.stringify({
          participant: { name: 'X', email: 'not-an-email' },
          raters: [{ role: 'boss' }],
          extra: 1,
        }),
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    const fields = bad.body.errors.map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining(['extra:whitelistValidation', 'participant.email:isEmail', 'raters.0.role:isIn']),
    );
    expect(bad.body.errors.find((e) => e.field === 'participant.email')?.message).toBe('must be a valid email address');
  });

  it('runs the whole journey: invite, email, link, four submissions, completion', async () => {
    const invite = await api<InviteParticipantResponse>('/api/admin/invitations', {
      method: 'POST',
      token: adminToken,
      headers: { 'x-correlation-id': 'skeleton-invite-1' },
      body: JSON.stringify({
        participant: { name: 'Siti Rahmawati', email: 'siti@example.go.id', unit: 'Disnaker Kota Bandung' },
        raters: [
          { role: 'supervisor', name: 'Budi Santoso', email: 'budi@example.go.id' },
          { role: 'peer', name: 'Rina Wulandari', email: 'rina@example.go.id' },
          { role: 'service_user', name: 'Andi Pratama', email: 'andi@example.com', language: 'en' },
        ],
      }),
    });
    expect(invite.status).toBe(201);
    expect(invite.body.assignments.map((a) => a.role).sort()).toEqual(['peer', 'self', 'service_user', 'supervisor']);

    // Every rater gets one invitation email with a link that carries the token in its fragment.
    const mails = await eventually(async () => {
      const caught = await api<CapturedMail[]>('/dev/mail');
      expect(caught.body).toHaveLength(4);
      return caught.body;
    });
    const links = new Map<string, string>();
    for (const assignment of invite.body.assignments) {
      const mail = mails.find((m) => m.to.includes(assignment.email))!;
      expect(mail.subject).toBe(
        assignment.role === 'service_user' ? 'Performance Evaluation Access' : 'Akses Evaluasi Kinerja',
      );
      const link = /https:\/\/evkin\.example\/e#([A-Za-z0-9_-]{43})/.exec(mail.text);
      expect(link).not.toBeNull();
      expect(mail.html).toContain(`href="https://evkin.example/e#${link![1]}"`);
      links.set(assignment.assignmentId, link![1]!);
    }

    // Notification reports each invitation's delivery back; admins see it per role (Terkirim).
    const roles = await eventually(async () => {
      const list = await api<AssignmentSummary[]>(`/api/admin/participants/${invite.body.participantId}/assignments`, {
        token: adminToken,
      });
      expect(list.body.map((a) => a.invitationEmail.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
      return list.body;
    });
    expect(roles.map((a) => a.role).sort()).toEqual(['peer', 'self', 'service_user', 'supervisor']);

    // Each link reaches exactly its own assignment.
    for (const assignment of invite.body.assignments) {
      const view = await api<AssignmentView>('/api/portal/assignment', { token: links.get(assignment.assignmentId)! });
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        assignmentId: assignment.assignmentId,
        role: assignment.role,
        status: 'pending',
      });
      expect(view.body.participant).toEqual({ name: 'Siti Rahmawati', unit: 'Disnaker Kota Bandung' });
    }
    const unknown = await api<{ code: string }>('/api/portal/assignment', { token: 'A'.repeat(43) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('link_invalid');

    const [first, ...rest] = invite.body.assignments;
    const submit = (assignmentId: string) =>
      api<SubmitResult>('/api/portal/assignment/submit', {
        method: 'POST',
        token: links.get(assignmentId)!,
        body: JSON.stringify({ answers: { demo: assignmentId } }),
      });
    expect((await submit(first!.assignmentId)).body.firstSubmission).toBe(true);
    // Submitting twice records once.
    const again = await submit(first!.assignmentId);
    expect(again.status).toBe(200);
    expect(again.body.firstSubmission).toBe(false);
    for (const assignment of rest.slice(0, 2)) expect((await submit(assignment.assignmentId)).status).toBe(200);

    const participantPath = `/api/admin/participants/${invite.body.participantId}/completion`;
    expect((await api<CompletionView>(participantPath, { token: adminToken })).body.completed).toBe(false);

    expect((await submit(rest[2]!.assignmentId)).body.firstSubmission).toBe(true);
    const completion = await eventually(async () => {
      const view = await api<CompletionView>(participantPath, { token: adminToken });
      expect(view.body.completed).toBe(true);
      return view.body;
    });
    expect([...completion.roles].sort()).toEqual(['peer', 'self', 'service_user', 'supervisor']);

    const submitted = await api<AssignmentView>('/api/portal/assignment', { token: links.get(first!.assignmentId)! });
    expect(submitted.body.status).toBe('submitted');

    // Each rater gets one confirmation (the repeated submit adds none); the participant hears the report is ready.
    const after = await eventually(async () => {
      const caught = await api<CapturedMail[]>('/dev/mail');
      expect(caught.body).toHaveLength(9);
      return caught.body;
    });
    for (const assignment of invite.body.assignments) {
      const confirmations = after.filter(
        (m) => m.to.includes(assignment.email) && /Terkirim|Submitted/.test(m.subject),
      );
      expect(confirmations).toHaveLength(1);
    }
    const ready = after.filter((m) => m.subject === 'Laporan Evaluasi Kinerja Tersedia');
    expect(ready.map((m) => m.to)).toEqual([['siti@example.go.id']]);
  });

  it('published every step on evkin.events as persistent CloudEvents 1.0, once each', async () => {
    const byKey = (key: string) => tap.events.filter((e) => e.routingKey === key);
    await eventually(() => expect(byKey('evaluation.completed')).toHaveLength(1));
    expect(new Set(byKey('evaluation.invited').map((e) => e.envelope.id)).size).toBe(4);
    expect(new Set(byKey('evaluation.submitted').map((e) => e.envelope.id)).size).toBe(4);
    // Every email's delivery is reported for the monitoring page (Terkirim).
    await eventually(() => expect(byKey('email.status')).toHaveLength(9));
    const statuses = byKey('email.status').map((e) => e.envelope.data as { status: string; kind: string });
    expect(statuses.every((s) => s.status === 'sent')).toBe(true);
    expect(statuses.map((s) => s.kind).sort()).toEqual([
      ...Array<string>(4).fill('invitation'),
      'report_ready',
      ...Array<string>(4).fill('submission_confirmation'),
    ]);
    for (const { routingKey, envelope, message } of tap.events) {
      expect(envelope).toMatchObject({
        specversion: '1.0',
        source: routingKey === 'email.status' ? '/evkin/notification' : '/evkin/assessment',
        type: EVENT_TYPES[routingKey as keyof typeof EVENT_TYPES],
        datacontenttype: 'application/json',
      });
      expect(envelope.type).toMatch(/\.v\d+$/);
      expect(Number.isNaN(Date.parse(envelope.time))).toBe(false);
      expect(message.properties.deliveryMode).toBe(2);
      expect(message.properties.messageId).toBe(envelope.id);
      expect(message.properties.headers?.['x-correlation-id']).toBe(envelope.correlationid);
    }
    // The admin call's correlation id travels HTTP → RPC → outbox → every invitation event, and on
    // into the emails' delivery reports (their causation is the invitation event).
    const invitedEvents = byKey('evaluation.invited');
    expect(invitedEvents.map((e) => e.envelope.correlationid)).toEqual(Array<string>(4).fill('skeleton-invite-1'));
    const invitationStatuses = byKey('email.status').filter(
      (e) => (e.envelope.data as { kind: string }).kind === 'invitation',
    );
    for (const status of invitationStatuses) {
      expect(status.envelope.correlationid).toBe('skeleton-invite-1');
      expect(invitedEvents.map((e) => e.envelope.id)).toContain(status.envelope.causationid);
    }
  });

  it('slows down password guessing: sign-in attempts are limited per client', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
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
    // Two sign-ins happened earlier in this file; the default allows ten a minute.
    expect(statuses.filter((s) => s === 401)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429]);
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
