import { Test, type TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { connect } from 'amqplib';
import {
  EVENT_TYPES,
  EVENTS_EXCHANGE,
  type AdminActor,
  type EmailStatusV1,
  type EvaluationCompletedV1,
  type EvaluationInvitedV1,
  type EvaluationReminderV1,
  type ImportReport,
  type ParticipantQuery,
  type RaterRole,
  type RoleProgress,
} from '@evkin/contracts';
import { DomainError, loadEnv, runMigrations } from '@evkin/platform';
import { AppModule } from '../src/app.module.js';
import { BatteriesService } from '../src/batteries/batteries.service.js';
import { subCompetenciesFor } from '@evkin/catalogue';
import { assessmentEnv } from '../src/config.js';
import { assessmentDatabase } from '../src/database.js';
import { ImportsService } from '../src/imports/imports.service.js';
import { InvitationsService } from '../src/invitations/invitations.service.js';
import { MonitoringService } from '../src/monitoring/monitoring.service.js';
import { ParticipantsService } from '../src/participants/participants.service.js';
import { ProgressService } from '../src/participants/progress.service.js';
import { PortalService } from '../src/portal/portal.service.js';
import { SubmissionService } from '../src/portal/submission.service.js';
import { RemindersService } from '../src/reminders/reminders.service.js';
import { tapEvents } from '../../../test/support/event-tap.js';
import { eventually } from '../../../test/support/eventually.js';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';

const ADMIN: AdminActor = { userId: randomUUID(), email: 'direktorat@kemnaker.go.id', role: 'admin' };
const VIEWER: AdminActor = { userId: randomUUID(), email: 'viewer@kemnaker.go.id', role: 'viewer' };

/** The refusal a call ends in: its error code and field errors. */
async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; fields: string[]; extensions: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        code: error.code,
        fields: error.errors.map((e) => `${e.field}:${e.code}`),
        extensions: error.extensions,
      };
    }
    throw error;
  }
  throw new Error('expected a refusal, but the call succeeded');
}

const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);

/**
 * The evaluation rules of seed 000 G.2 in the assessment service, against real PostgreSQL and
 * RabbitMQ: import, invitation, links, sessions, answers, rater list, monitoring, completion, reminders.
 */
describe('evaluation flow in the assessment service', () => {
  let infra: IsolatedInfra;
  let app: TestingModule;
  let tap: Awaited<ReturnType<typeof tapEvents>>;
  let db: DataSource;
  let batteryId: string;
  const events = <T>(key: string) => tap.events.filter((e) => e.routingKey === key).map((e) => e.envelope.data as T);

  beforeAll(async () => {
    infra = await isolate('evaluation');
    const env = loadEnv('assessment', assessmentEnv, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: infra.databaseUrl,
      RABBITMQ_URL: infra.rabbitmqUrl,
      PUBLIC_URL: 'https://evkin.example',
      ADMIN_PASSWORD: 'correct horse battery staple',
    });
    await runMigrations(infra.databaseUrl, assessmentDatabase);
    tap = await tapEvents(infra.rabbitmqUrl);
    app = await Test.createTestingModule({ imports: [AppModule.forEnv(env)] }).compile();
    await app.init();
    db = app.get(DataSource);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await tap?.close();
    await infra?.cleanup();
  });

  const csv = (rows: string[]) =>
    Buffer.from(['name,nip,email,position,unit,province,regency,battery', ...rows].join('\n')).toString('base64');
  const participantCount = async () =>
    (await db.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM participant`))[0].n;

  /** An open Ahli Muda battery with two sub-competencies. */
  const createBattery = (name: string) => {
    const [first, second] = subCompetenciesFor('ahli_muda');
    return app.get(BatteriesService).create(ADMIN, {
      name,
      programme: 'Pelatihan Konseling Karier',
      periodStart: '2026-11-01',
      deadline: '2099-12-31',
      target: 'ahli_muda',
      subCompetencyIds: [first!.id, second!.id],
    });
  };

  it('creates a battery for Ahli Muda with two sub-competencies', async () => {
    const battery = await createBattery('Evkin Ahli Muda 2026');
    batteryId = battery.id;
    expect(battery.instrument.part1Codes).toHaveLength(80);
  });

  it('rejects a bad import with every row error and changes nothing; a dry run changes nothing either', async () => {
    const imports = app.get(ImportsService);
    const bad = csv([
      'Siti Rahmawati,,siti@example.go.id,Ahli Muda,Disnaker Bandung,Jawa Barat,Kota Bandung,Evkin Ahli Muda 2026',
      'Budi,,budi@,Ahli Muda,Disnaker,Jawa Barat,Kota Bandung,Evkin Ahli Muda 2026',
      'Rina,,siti@example.go.id,Ahli Utama,Disnaker,Jawa Barat,Kota Bandung,Evkin Ahli Muda 2026',
    ]);
    const refused = await refusal(
      imports.import(ADMIN, { fileName: 'peserta.csv', contentBase64: bad, dryRun: false, language: 'en' }),
    );
    expect(refused.code).toBe('import_invalid');
    const report = refused.extensions['report'] as ImportReport;
    expect(report.errors.map((e) => `${e.row}:${e.code}`)).toEqual(
      expect.arrayContaining(['3:invalid_email', '4:duplicate_in_file', '4:level_mismatch']),
    );
    expect(report.created).toBe(0);
    expect(await participantCount()).toBe(0);

    const good = csv([
      'Siti Rahmawati,198501012010012001,siti@example.go.id,Ahli Muda,Disnaker Bandung,Jawa Barat,Kota Bandung,Evkin Ahli Muda 2026',
      'Dewi Lestari,,dewi@example.go.id,Pengantar Kerja Ahli Muda,Disnaker Bogor,Jawa Barat,Kabupaten Bogor,',
    ]);
    const request = { fileName: 'peserta.csv', contentBase64: good, batteryId, language: 'id' as const };
    const dry = await imports.import(ADMIN, { ...request, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, rows: 2, valid: 2, errors: [], created: 0 });
    expect(await participantCount()).toBe(0);
    expect((await refusal(imports.import(VIEWER, { ...request, dryRun: false }))).code).toBe('forbidden');
    expect(await imports.import(ADMIN, { ...request, dryRun: false })).toMatchObject({ created: 2 });
    // The same file again: every row is now a duplicate in the battery, and nothing is added.
    const again = await refusal(imports.import(ADMIN, { ...request, dryRun: false }));
    expect((again.extensions['report'] as ImportReport).errors.map((e) => e.code)).toEqual([
      'duplicate_in_battery',
      'duplicate_in_battery',
    ]);
    expect(await participantCount()).toBe(2);
  });

  let links: Map<string, EvaluationInvitedV1>;
  const invitedTo = (email: string) => {
    const found = events<EvaluationInvitedV1>('evaluation.invited').filter((e) => e.rater.email === email);
    return found[found.length - 1]!;
  };

  it('invites every participant once, with a link and a Halaman Monitoring link each', async () => {
    const invitations = app.get(InvitationsService);
    expect(await invitations.inviteBattery(ADMIN, { batteryId })).toEqual({ invited: 2, alreadyInvited: 0 });
    expect(await invitations.inviteBattery(ADMIN, { batteryId })).toEqual({ invited: 0, alreadyInvited: 2 });
    const invited = await eventually(() => {
      const found = events<EvaluationInvitedV1>('evaluation.invited');
      expect(found).toHaveLength(2);
      return found;
    });
    links = new Map(invited.map((e) => [e.rater.email, e]));
    const siti = links.get('siti@example.go.id')!;
    expect(siti).toMatchObject({
      role: 'self',
      reason: 'invitation',
      participant: { name: 'Siti Rahmawati', nip: '198501012010012001', target: 'ahli_muda', province: 'Jawa Barat' },
      battery: { id: batteryId, name: 'Evkin Ahli Muda 2026', deadline: '2099-12-31' },
    });
    expect(siti.links.start).toMatch(/^https:\/\/evkin\.example\/e#[A-Za-z0-9_-]{43}$/);
    expect(siti.links.monitoring).toMatch(/^https:\/\/evkin\.example\/m#[A-Za-z0-9_-]{43}$/);
    // Only hashes are stored.
    const stored = await db.query<{ token_hash: string }[]>(`SELECT token_hash FROM assignment_link`);
    expect(stored.map((r) => r.token_hash)).not.toContain(tokenOf(siti.links.start));
  });

  it('lets a link read only its own assignment, and GET never changes state', async () => {
    const portal = app.get(PortalService);
    const siti = links.get('siti@example.go.id')!;
    const dewi = links.get('dewi@example.go.id')!;
    const view = await portal.linkView(tokenOf(siti.links.start));
    expect(view).toMatchObject({ assignmentId: siti.assignmentId, role: 'self', status: 'pending' });
    expect(view.participant.name).toBe('Siti Rahmawati');
    expect(view.competencies.length).toBeGreaterThan(0);
    expect((await portal.linkView(tokenOf(siti.links.start))).status).toBe('pending');
    expect((await portal.linkView(tokenOf(dewi.links.start))).assignmentId).toBe(dewi.assignmentId);
    expect((await refusal(portal.linkView('A'.repeat(43)))).code).toBe('link_invalid');
    // A link token is not a session: writing needs Mulai.
    expect((await refusal(portal.form(tokenOf(siti.links.start)))).code).toBe('session_expired');
  });

  let sitiSession: string;

  it('starts a session on Mulai, autosaves, refuses bad answers, and lists what is missing', async () => {
    const portal = app.get(PortalService);
    const siti = links.get('siti@example.go.id')!;
    sitiSession = (await portal.startSession(tokenOf(siti.links.start))).sessionToken;
    expect((await portal.linkView(tokenOf(siti.links.start))).status).toBe('in_progress');
    const form = await portal.form(sitiSession);
    expect(form.link.assignmentId).toBe(siti.assignmentId);
    expect(form.part1.flatMap((g) => g.items)).toHaveLength(80);
    const items = form.part2.flatMap((s) => s.items);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(form.raterList).toEqual({ workLocation: null, supervisor: null, peer: null });

    const badSave = await refusal(portal.saveAnswers(sitiSession, { part2: { [items[0]!.id]: 5, 'no.such.item': 3 } }));
    expect(badSave.code).toBe('validation_failed');
    expect(badSave.fields).toEqual([`part2.${items[0]!.id}:invalid_answer`, 'part2.no.such.item:unknown_item']);
    expect((await portal.form(sitiSession)).answers.part2).toEqual({});

    const saved = await portal.saveAnswers(sitiSession, { part1: ['001', '002'], part2: { [items[0]!.id]: 4 } });
    expect(saved.progress).toMatchObject({ part2Answered: 1, part2Total: items.length, ratersNamed: false });
    const frozen = await db.query<{ frozen_at: Date | null }[]>(`SELECT frozen_at FROM battery_instrument`);
    expect(frozen.every((r) => r.frozen_at !== null)).toBe(true);

    const incomplete = await refusal(app.get(SubmissionService).submit(sitiSession));
    expect(incomplete.code).toBe('incomplete');
    const missing = incomplete.extensions['missing'] as { section: string; itemId: string | null }[];
    expect(missing[0]).toEqual({ section: 'raters', subCompetencyId: null, itemId: null });
    expect(missing.filter((m) => m.section === 'part2')).toHaveLength(items.length - 1);
  });

  it("keeps each link to its own assignment: another rater's answers and pages stay out of reach", async () => {
    const portal = app.get(PortalService);
    const monitoring = app.get(MonitoringService);
    const siti = links.get('siti@example.go.id')!;
    const dewi = links.get('dewi@example.go.id')!;
    const sitiBefore = (await portal.form(sitiSession)).answers;
    const dewiSession = (await portal.startSession(tokenOf(dewi.links.start))).sessionToken;
    const dewiForm = await portal.form(dewiSession);
    expect(dewiForm.link.assignmentId).toBe(dewi.assignmentId);
    const item = dewiForm.part2.flatMap((section) => section.items)[0]!.id;
    await portal.saveAnswers(dewiSession, { part1: ['003'], part2: { [item]: 1 } });
    // Dewi's saves changed Dewi's assignment only.
    expect((await portal.form(sitiSession)).answers).toEqual(sitiBefore);
    expect((await portal.form(dewiSession)).answers).toEqual({ part1: ['003'], part2: { [item]: 1 } });
    // No token opens a door it was not made for: a rater link is no monitoring token, and the other way round.
    expect((await refusal(monitoring.view(tokenOf(dewi.links.start)))).code).toBe('link_invalid');
    expect((await refusal(monitoring.view(dewiSession))).code).toBe('link_invalid');
    expect((await refusal(portal.linkView(tokenOf(siti.links.monitoring!)))).code).toBe('link_invalid');
    expect((await refusal(portal.form(tokenOf(siti.links.monitoring!)))).code).toBe('session_expired');
    expect(
      (await monitoring.view(tokenOf(siti.links.monitoring!))).roles.find((r) => r.role === 'self')!.rater?.email,
    ).toBe('siti@example.go.id');
  });

  it('invites the supervisor and peer the participant names, but not the participant themself', async () => {
    const portal = app.get(PortalService);
    const self = await refusal(
      portal.saveRaters(sitiSession, {
        workLocation: { province: 'Jawa Barat', regency: 'Kota Bandung' },
        supervisor: { name: 'Siti', email: 'SITI@example.go.id' },
        peer: { name: 'Rina', email: 'rina@example.go.id' },
      }),
    );
    // Named with its role: the list holds two people, and the form shows the refusal at that one.
    expect(self.fields).toEqual(['supervisor.email:same_as_participant']);
    const list = await portal.saveRaters(sitiSession, {
      workLocation: { province: 'Jawa Barat', regency: 'Kota Bandung' },
      supervisor: { name: 'Budi Santoso', email: 'budi@example.go.id', position: 'Kepala Bidang' },
      peer: { name: 'Rina Wulandari', email: 'rina@example.go.id' },
    });
    expect(list.supervisor?.email).toBe('budi@example.go.id');
    await eventually(() => {
      expect(invitedTo('budi@example.go.id')).toMatchObject({ role: 'supervisor', links: { monitoring: null } });
      expect(invitedTo('rina@example.go.id').role).toBe('peer');
    });
  });

  it('records Kirim Data once, and nothing changes after it', async () => {
    const portal = app.get(PortalService);
    const form = await portal.form(sitiSession);
    const all = Object.fromEntries(form.part2.flatMap((s) => s.items).map((item) => [item.id, 3]));
    await portal.saveAnswers(sitiSession, { part2: all });
    const first = await app.get(SubmissionService).submit(sitiSession);
    const second = await app.get(SubmissionService).submit(sitiSession);
    expect(first.firstSubmission).toBe(true);
    expect(second).toMatchObject({ firstSubmission: false, submittedAt: first.submittedAt });
    expect((await refusal(portal.saveAnswers(sitiSession, { part1: [] }))).code).toBe('already_submitted');
    const submitted = await eventually(() => {
      const found = events<{ assignmentId: string; answers: { part1: string[] } }>('evaluation.submitted');
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(submitted.answers.part1).toEqual(['001', '002']);
    const proof = await portal.proof(tokenOf(links.get('siti@example.go.id')!.links.start));
    expect(proof).toMatchObject({ status: 'SUBMITTED', role: 'self', programme: 'Pelatihan Konseling Karier' });
  });

  it('on Halaman Monitoring adds the service user, replaces the peer (revoking the old link) and resends', async () => {
    const monitoring = app.get(MonitoringService);
    const token = tokenOf(links.get('siti@example.go.id')!.links.monitoring!);
    const before = await monitoring.view(token);
    expect(before.roles.map((r) => `${r.role}:${r.status}`)).toEqual([
      'supervisor:pending',
      'peer:pending',
      'self:submitted',
      'service_user:none',
    ]);
    await monitoring.saveRater(token, 'service_user', {
      name: 'Andi Pratama',
      email: 'andi@example.com',
      language: 'en',
    });
    const oldPeer = await eventually(() => invitedTo('rina@example.go.id'));
    await monitoring.saveRater(token, 'peer', { name: 'Rudi Hartono', email: 'rudi@example.go.id' });
    await monitoring.resend(token, 'supervisor');
    await eventually(() => {
      expect(events<{ assignmentId: string }>('evaluation.cancelled').map((e) => e.assignmentId)).toEqual([
        oldPeer.assignmentId,
      ]);
      expect(invitedTo('budi@example.go.id').reason).toBe('resend');
      expect(invitedTo('andi@example.com').rater.language).toBe('en');
      expect(invitedTo('rudi@example.go.id').role).toBe('peer');
    });
    expect((await refusal(app.get(PortalService).linkView(tokenOf(oldPeer.links.start)))).code).toBe('link_revoked');
    // The first supervisor link still works after the resend.
    const budiLinks = events<EvaluationInvitedV1>('evaluation.invited').filter(
      (e) => e.rater.email === 'budi@example.go.id',
    );
    expect(budiLinks).toHaveLength(2);
    expect((await app.get(PortalService).linkView(tokenOf(budiLinks[0]!.links.start))).role).toBe('supervisor');
    expect((await refusal(monitoring.saveRater(token, 'self', { name: 'X', email: 'x@example.go.id' }))).code).toBe(
      'not_allowed_for_role',
    );
    const after = await monitoring.view(token);
    expect(after.roles.map((r) => `${r.role}:${r.status}:${r.rater?.email ?? '-'}`)).toEqual([
      'supervisor:pending:budi@example.go.id',
      'peer:pending:rudi@example.go.id',
      'self:submitted:siti@example.go.id',
      'service_user:pending:andi@example.com',
    ]);
    expect(after.reportAvailable).toBe(false);
  });

  it('tells the portal the language each rater was invited in, so it opens in that language', async () => {
    const portal = app.get(PortalService);
    const andi = tokenOf(invitedTo('andi@example.com').links.start);
    expect((await portal.linkView(andi)).rater).toEqual({ name: 'Andi Pratama', language: 'en' });
    // Named without a language, a rater is invited in the participant's.
    const rudi = tokenOf(invitedTo('rudi@example.go.id').links.start);
    expect((await portal.linkView(rudi)).rater).toEqual({ name: 'Rudi Hartono', language: 'id' });
  });

  it('reminds only raters not yet Selesai and nudges the participant with who is missing', async () => {
    const result = await app.get(RemindersService).runNow(ADMIN, batteryId);
    const reminders = await eventually(() => {
      const found = events<EvaluationReminderV1>('evaluation.reminder').filter((e) => e.roundId === result.roundId);
      expect(found).toHaveLength(result.reminded);
      return found;
    });
    const to = reminders.map((r) => r.rater.email).sort();
    // Siti is done but still nudged (others are missing); the replaced peer gets nothing.
    expect(to).toEqual(
      [
        'andi@example.com',
        'budi@example.go.id',
        'dewi@example.go.id',
        'rudi@example.go.id',
        'siti@example.go.id',
      ].sort(),
    );
    const nudge = reminders.find((r) => r.rater.email === 'siti@example.go.id')!;
    expect(nudge.missing.map((m) => `${m.role}:${m.raterName}`)).toEqual([
      'supervisor:Budi Santoso',
      'peer:Rudi Hartono',
      'service_user:Andi Pratama',
    ]);
    expect(nudge.links.monitoring).toMatch(/\/m#/);
    // A scheduled round is due only inside the reminder window (7 and 1 days before a far deadline: not yet).
    expect(await app.get(RemindersService).runDue()).toBe(0);
  });

  it('completes the participant when the fourth role submits, with everything reporting needs', async () => {
    const portal = app.get(PortalService);
    for (const email of ['budi@example.go.id', 'rudi@example.go.id', 'andi@example.com']) {
      const session = (await portal.startSession(tokenOf(invitedTo(email).links.start))).sessionToken;
      const form = await portal.form(session);
      expect(form.raterList).toBeNull();
      await portal.saveAnswers(session, {
        part1: ['001'],
        part2: Object.fromEntries(form.part2.flatMap((s) => s.items).map((item) => [item.id, 4])),
      });
      await app.get(SubmissionService).submit(session);
    }
    const completed = await eventually(() => {
      const found = events<EvaluationCompletedV1>('evaluation.completed');
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(completed.assignments.map((a) => a.role).sort()).toEqual<RaterRole[]>([
      'peer',
      'self',
      'service_user',
      'supervisor',
    ]);
    expect(completed.instrument).toMatchObject({ target: 'ahli_muda', version: 1 });
    expect(completed.instrument.scoring.weights).toEqual({
      self: 0.25,
      supervisor: 0.25,
      peer: 0.25,
      service_user: 0.25,
    });
    expect(completed.links.monitoring).toMatch(/\/m#/);
    const summary = await app.get(ParticipantsService).get(completed.participantId);
    expect(summary.completedAt).not.toBeNull();
  });

  it('counts progress per role, province and unit in the database, and filters what needs attention', async () => {
    const progress = app.get(ProgressService);
    const participants = app.get(ParticipantsService);
    const counts = (r: RoleProgress) => `${r.role}:${r.invited}/${r.started}/${r.done}/${r.missing}`;
    const before = await progress.of(batteryId);
    expect(before).toMatchObject({ participants: 2, invited: 2, completed: 1 });
    // Siti is complete; Dewi has started her own form (her link test above saved an answer) but has
    // named no one yet.
    expect(before.roles.map(counts)).toEqual([
      'self:2/1/1/0',
      'supervisor:1/0/1/1',
      'peer:1/0/1/1',
      'service_user:1/0/1/1',
    ]);
    expect(before.provinces.map((g) => `${g.name}:${g.completed}/${g.participants}`)).toEqual(['Jawa Barat:1/2']);
    expect(before.units.map((g) => `${g.name}:${g.completed}/${g.participants}`)).toEqual([
      'Disnaker Bogor:0/1',
      'Disnaker Bandung:1/1',
    ]);
    expect(before.units[0]!.roles.map(counts)).toEqual([
      'self:1/1/0/0',
      'supervisor:0/0/0/1',
      'peer:0/0/0/1',
      'service_user:0/0/0/1',
    ]);
    expect(before.attention).toEqual({ failedEmails: 0, notMe: 0, overdue: 0, overdueWindowDays: 7 });

    // Dewi says Bukan Saya; her invitation email is reported failed (as notification's email.status would).
    const dewi = links.get('dewi@example.go.id')!;
    await app.get(PortalService).notMe(tokenOf(dewi.links.start), 'Salah orang');
    await db.query(
      `UPDATE assignment SET email_status = 'failed', email_reason = '550 mailbox unknown' WHERE id = $1`,
      [dewi.assignmentId],
    );
    const after = await progress.of(batteryId);
    expect(after.roles[0]).toEqual({ role: 'self', invited: 2, started: 1, done: 1, missing: 0 });
    expect(after.attention).toMatchObject({ failedEmails: 1, notMe: 1, overdue: 0 });
    // Within the week before the battery closes, Dewi's four open roles are overdue.
    const nearDeadline = new Date(Date.parse('2099-12-31T17:00:00Z') - 3 * 86_400_000);
    expect((await progress.of(batteryId, nearDeadline)).attention.overdue).toBe(4);

    const names = async (query: Omit<ParticipantQuery, 'batteryId'>) =>
      (await participants.list({ batteryId, ...query })).items.map((p) => p.name);
    expect(await names({})).toEqual(['Dewi Lestari', 'Siti Rahmawati']);
    expect(await names({ emailFailed: true })).toEqual(['Dewi Lestari']);
    expect(await names({ incomplete: true })).toEqual(['Dewi Lestari']);
    expect(await names({ notMe: true })).toEqual(['Dewi Lestari']);
    expect((await refusal(progress.of(randomUUID()))).code).toBe('not_found');
  });

  it('refuses every change to a viewer, changing nothing, and audits the helpdesk changes of an admin', async () => {
    const participants = app.get(ParticipantsService);
    const dewi = links.get('dewi@example.go.id')!;
    const auditCount = async () => (await db.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM audit_entry`))[0].n;
    const snapshot = async () =>
      JSON.stringify([
        await db.query(`SELECT * FROM assignment ORDER BY id`),
        await db.query(`SELECT * FROM participant ORDER BY id`),
        await db.query(`SELECT * FROM battery ORDER BY id`),
        await auditCount(),
      ]);
    const before = await snapshot();
    const rater = { name: 'Joko Widodo', email: 'joko@example.go.id' };
    const viewerChanges: (() => Promise<unknown>)[] = [
      () => participants.resend(VIEWER, dewi.participantId, 'self'),
      () => participants.saveRater(VIEWER, dewi.participantId, 'supervisor', rater),
      () => participants.issueLink(VIEWER, dewi.participantId, 'monitoring', undefined),
      () => app.get(InvitationsService).inviteBattery(VIEWER, { batteryId }),
      () => app.get(RemindersService).runNow(VIEWER, batteryId),
      () => app.get(BatteriesService).setStatus(VIEWER, batteryId, 'inactive'),
    ];
    for (const change of viewerChanges) expect((await refusal(change())).code).toBe('forbidden');
    expect(await snapshot()).toEqual(before);

    const entries = await auditCount();
    await participants.resend(ADMIN, dewi.participantId, 'self');
    await participants.saveRater(ADMIN, dewi.participantId, 'supervisor', rater);
    const issued = await participants.issueLink(ADMIN, dewi.participantId, 'monitoring', undefined);
    expect(await auditCount()).toBe(entries + 3);
    const { AuditService } = await import('../src/audit/audit.service.js');
    const latest = (await app.get(AuditService).list(1, 3)).items;
    expect(latest.map((e) => e.action).sort()).toEqual(['link.issue', 'rater.resend', 'rater.save']);
    // The issued link is a credential: the log says one was issued, never which.
    expect(JSON.stringify(latest)).not.toContain(tokenOf(issued.url));
  });

  it('lets an admin add a viewer account, whose sessions sign in as viewer and expire', async () => {
    const { AdminAuthService } = await import('../src/admin-auth/admin-auth.service.js');
    const auth = app.get(AdminAuthService);
    const password = 'lihat saja, jangan ubah';
    const account = await auth.createAccount(ADMIN, { email: 'Pemantau@Kemnaker.go.id', password, role: 'viewer' });
    expect(account).toMatchObject({ email: 'pemantau@kemnaker.go.id', role: 'viewer' });
    const taken = await refusal(
      auth.createAccount(ADMIN, { email: 'pemantau@kemnaker.go.id', password, role: 'admin' }),
    );
    expect(taken.fields).toEqual(['email:email_taken']);
    const byViewer = await refusal(
      auth.createAccount(VIEWER, { email: 'lain@kemnaker.go.id', password, role: 'admin' }),
    );
    expect(byViewer.code).toBe('forbidden');
    expect((await refusal(auth.accounts(VIEWER))).code).toBe('forbidden');
    expect((await auth.accounts(ADMIN)).map((a) => `${a.email}:${a.role}:${a.signIn}`)).toContain(
      'pemantau@kemnaker.go.id:viewer:password',
    );

    const login = await auth.login({ email: 'pemantau@kemnaker.go.id', password });
    expect(login.user).toEqual({ email: 'pemantau@kemnaker.go.id', role: 'viewer' });
    expect((await auth.session(login.token)).role).toBe('viewer');
    const stored = await db.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM admin_user WHERE email = $1`,
      ['pemantau@kemnaker.go.id'],
    );
    expect(stored[0]!.password_hash).toMatch(/^scrypt\$/);
    // A session ends at its expiry (8 hours after sign-in); here its time is moved to the past.
    await db.query(`UPDATE admin_session SET expires_at = now() - interval '1 second'`);
    expect((await refusal(auth.session(login.token))).code).toBe('unauthenticated');

    const { AuditService } = await import('../src/audit/audit.service.js');
    const [entry] = (await app.get(AuditService).list(1, 1)).items;
    expect(entry).toMatchObject({ action: 'admin_user.create', details: { email: 'pemantau@kemnaker.go.id' } });
    expect(JSON.stringify(entry)).not.toContain(password);
  });

  it('closes every link of a battery at the end of its deadline day (WIB)', async () => {
    await db.query(`UPDATE battery SET deadline = (now() AT TIME ZONE 'Asia/Jakarta')::date - 1 WHERE id = $1`, [
      batteryId,
    ]);
    const dewi = links.get('dewi@example.go.id')!;
    expect((await refusal(app.get(PortalService).linkView(tokenOf(dewi.links.start)))).code).toBe('link_expired');
    expect((await refusal(app.get(PortalService).startSession(tokenOf(dewi.links.start)))).code).toBe('link_expired');
    // A submitted rater may still look at their proof.
    const siti = links.get('siti@example.go.id')!;
    expect((await app.get(PortalService).proof(tokenOf(siti.links.start))).status).toBe('SUBMITTED');
    expect((await refusal(app.get(RemindersService).runNow(ADMIN, batteryId))).code).toBe('battery_closed');
  });

  it('writes every admin change to the audit log', async () => {
    const { AuditService } = await import('../src/audit/audit.service.js');
    const audit = await app.get(AuditService).list(1, 50);
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'battery.create',
        'participants.import',
        'participants.invite',
        'reminders.run',
        'rater.resend',
        'rater.save',
        'link.issue',
        'admin_user.create',
      ]),
    );
    expect(audit.items.every((e) => e.actor.email === ADMIN.email)).toBe(true);
  });

  it('invites a selection, then everyone else in chunks, each participant exactly once', async () => {
    const massal = await createBattery('Evkin Ahli Muda Massal');
    // More than one chunk of the bulk invitation (2,000 participants a transaction).
    const count = 2101;
    const rows = Array.from(
      { length: count },
      (_, i) => `Peserta ${i},,peserta${i}@massal.go.id,Ahli Muda,Disnaker,Jawa Tengah,Kota Semarang,`,
    );
    const imported = await app.get(ImportsService).import(ADMIN, {
      fileName: 'massal.csv',
      contentBase64: csv(rows),
      batteryId: massal.id,
      dryRun: false,
      language: 'id',
    });
    expect(imported.created).toBe(count);
    const ids = (
      await db.query<{ id: string }[]>(`SELECT id FROM participant WHERE battery_id = $1 ORDER BY created_at, id`, [
        massal.id,
      ])
    ).map((r) => r.id);
    const invitedCount = async () =>
      (
        await db.query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM participant WHERE battery_id = $1 AND invited_at IS NOT NULL`,
          [massal.id],
        )
      )[0].n;
    const invitations = app.get(InvitationsService);

    const unknown = await refusal(
      invitations.inviteBattery(ADMIN, { batteryId: massal.id, participantIds: [ids[0]!, randomUUID()] }),
    );
    expect(unknown.fields).toEqual(['participantIds:unknown']);
    expect(await invitedCount()).toBe(0);
    expect((await refusal(invitations.inviteBattery(VIEWER, { batteryId: massal.id }))).code).toBe('forbidden');

    const selection = [ids[5]!, ids[7]!, ids[5]!];
    expect(await invitations.inviteBattery(ADMIN, { batteryId: massal.id, participantIds: selection })).toEqual({
      invited: 2,
      alreadyInvited: 0,
    });
    expect(await invitations.inviteBattery(ADMIN, { batteryId: massal.id })).toEqual({
      invited: count - 2,
      alreadyInvited: 2,
    });
    expect(await invitations.inviteBattery(ADMIN, { batteryId: massal.id })).toEqual({
      invited: 0,
      alreadyInvited: count,
    });
    const [assigned] = await db.query<[{ n: number; participants: number; instruments: number }]>(
      `SELECT count(*)::int AS n, count(DISTINCT a.participant_id)::int AS participants,
              count(DISTINCT p.instrument_id)::int AS instruments
         FROM assignment a JOIN participant p ON p.id = a.participant_id
        WHERE p.battery_id = $1 AND a.role = 'self'`,
      [massal.id],
    );
    expect(assigned).toEqual({ n: count, participants: count, instruments: 1 });
    const invited = await eventually(() => {
      const found = events<EvaluationInvitedV1>('evaluation.invited').filter((e) => e.battery.id === massal.id);
      expect(found).toHaveLength(count);
      return found;
    });
    expect(new Set(invited.map((e) => e.participantId)).size).toBe(count);

    // Bukan Saya: the rater says the invitation is not theirs, and admins see it.
    const wrong = invited.find((e) => e.participantId === ids[7])!;
    await app.get(PortalService).notMe(tokenOf(wrong.links.start), 'Saya bukan Peserta 7');
    expect(await app.get(ParticipantsService).mismatches(massal.id)).toEqual([
      expect.objectContaining({
        assignmentId: wrong.assignmentId,
        participantId: ids[7],
        role: 'self',
        note: 'Saya bukan Peserta 7',
      }),
    ]);
  });

  it('keeps the newest invitation-email report of a rater, whatever order a burst of reports arrives in', async () => {
    const supervisor = invitedTo('budi@example.go.id');
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 8, minute)).toISOString();
    const report = (minute: number, status: EmailStatusV1['status'], reason: string | null) => ({
      specversion: '1.0',
      id: randomUUID(),
      source: '/evkin/notification',
      type: EVENT_TYPES['email.status'],
      time: at(minute),
      datacontenttype: 'application/json',
      data: {
        deliveryId: `invitation:${randomUUID()}`,
        sourceEventId: randomUUID(),
        kind: 'invitation',
        assignmentId: supervisor.assignmentId,
        participantId: supervisor.participantId,
        to: 'budi@example.go.id',
        status,
        reason,
        attempts: 1,
        at: at(minute),
      } satisfies EmailStatusV1,
    });
    const broker = await connect(infra.rabbitmqUrl);
    try {
      const channel = await broker.createConfirmChannel();
      const publish = async (reports: ReturnType<typeof report>[]) => {
        for (const r of reports) channel.publish(EVENTS_EXCHANGE, 'email.status', Buffer.from(JSON.stringify(r)));
        await channel.waitForConfirms();
        await eventually(async () => {
          const rows = await db.query<unknown[]>('SELECT 1 FROM processed_event WHERE event_id = ANY($1)', [
            reports.map((r) => r.id),
          ]);
          expect(rows).toHaveLength(reports.length);
        });
      };
      const emailOf = async () =>
        (
          await db.query<{ email_status: string; email_reason: string | null }[]>(
            'SELECT email_status, email_reason FROM assignment WHERE id = $1',
            [supervisor.assignmentId],
          )
        )[0];
      await publish([
        report(1, 'failed', '421 try later'),
        report(3, 'sent', null),
        report(2, 'failed', '550 unknown'),
      ]);
      expect(await emailOf()).toEqual({ email_status: 'sent', email_reason: null });
      // A late report of an earlier attempt changes nothing.
      await publish([report(0, 'failed', '550 unknown')]);
      expect(await emailOf()).toEqual({ email_status: 'sent', email_reason: null });
    } finally {
      await broker.close();
    }
  });
});
