import type { INestApplication } from '@nestjs/common';
import { connect, type ChannelModel } from 'amqplib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  EVENTS_EXCHANGE,
  type AdminActor,
  type EvaluationScoredV1,
  type EvkinEvent,
  type RaterRole,
  type RoutingKey,
  type SubmittedAnswers,
} from '@evkin/contracts';
import { loadEnv, MetricsService, RpcCallError, RpcClient, runMigrations, startServiceApp } from '@evkin/platform';
import { AppModule } from '../src/app.module.js';
import { reportingEnv } from '../src/config.js';
import { reportingDatabase } from '../src/database.js';
import { tapEvents } from '../../../test/support/event-tap.js';
import { eventually } from '../../../test/support/eventually.js';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';
import { freePort } from '../../../test/support/ports.js';
import {
  battery,
  completed,
  envelope,
  evaluation,
  participant,
  WORKED_ANSWERS,
  type Evaluation,
} from './fixtures/events.js';

const ADMIN: AdminActor = { userId: randomUUID(), email: 'admin@kemnaker.go.id', role: 'admin' };
const VIEWER: AdminActor = { userId: randomUUID(), email: 'viewer@kemnaker.go.id', role: 'viewer' };
const ROLES: RaterRole[] = ['self', 'supervisor', 'peer', 'service_user'];

/** Everyone answers 4 and the participant ticks only Ahli Muda activities: Sangat Baik, not ideal. */
const TOP_ANSWERS: Record<RaterRole, SubmittedAnswers> = Object.fromEntries(
  ROLES.map((role) => [role, { part1: role === 'self' ? ['001'] : [], part2: { i1: 4, i2: 4, i3: 4, i4: 4 } }]),
) as unknown as Record<RaterRole, SubmittedAnswers>;

/**
 * Reporting against a real broker and database: assessment's events go in on `evkin.events`, the
 * read model, results and `evaluation.scored` come out; the gateway's RPCs are answered over RabbitMQ.
 */
describe('reporting: read model, results, analytics and exports', () => {
  let infra: IsolatedInfra;
  let app: INestApplication;
  let broker: ChannelModel;
  let rpc: RpcClient;
  let tap: Awaited<ReturnType<typeof tapEvents>>;
  let db: DataSource;

  const b = battery();
  // Siti (Jawa Barat, Bandung): the worked example; her first peer is replaced (Ganti).
  const siti = evaluation(b);
  const replacedPeer = randomUUID();
  // Budi (Jawa Barat, Bekasi): reporting hears only of his completion. His name is formula-like.
  const budi = evaluation(
    b,
    participant({
      name: '=HYPERLINK("http://evil.example","Budi")',
      unit: 'Disnaker Kota Bekasi',
      regency: 'Kota Bekasi',
    }),
  );
  // Wayan (Bali): invited, only the self-evaluation submitted.
  const wayan = evaluation(b, participant({ name: 'Wayan Sudarma', province: 'Bali', unit: 'Disnaker Kota Denpasar' }));
  const otherBattery = evaluation(battery({ name: 'Baterai lain' }));

  const publish = async (...events: EvkinEvent<RoutingKey>[]) => {
    const channel = await broker.createConfirmChannel();
    for (const event of events) {
      const key = event.type.replace(/^id\.evkin\./, '').replace(/\.v\d+$/, '') as RoutingKey;
      channel.publish(EVENTS_EXCHANGE, key, Buffer.from(JSON.stringify(event)), { persistent: true });
    }
    await channel.waitForConfirms();
    await channel.close();
  };
  const invited = (e: Evaluation, role: RaterRole, assignmentId = e.assignments[role]) =>
    envelope('evaluation.invited', {
      assignmentId,
      participantId: e.participant.id,
      role,
      reason: 'invitation',
      rater: { name: `Penilai ${role}`, email: `${role}@example.go.id`, language: 'id', position: null },
      participant: e.participant,
      battery: e.battery,
      links: { start: `https://evkin.example/e#${randomUUID()}`, monitoring: null },
    });
  const submitted = (e: Evaluation, role: RaterRole) =>
    envelope('evaluation.submitted', {
      assignmentId: e.assignments[role],
      participantId: e.participant.id,
      role,
      rater: { name: `Penilai ${role}`, email: `${role}@example.go.id`, language: 'id' },
      participant: e.participant,
      battery: e.battery,
      competencies: ['2. Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja'],
      submittedAt: '2026-03-19T03:00:00.000Z',
      answers: WORKED_ANSWERS[role],
    });
  const scoredEvents = () =>
    tap.events
      .filter((e) => e.routingKey === 'evaluation.scored')
      .map((e) => e.envelope as EvkinEvent<'evaluation.scored'>);
  const consumed = async (routingKey: string, outcome: string): Promise<number> => {
    const text = await app.get(MetricsService).registry.getSingleMetricAsString('evkin_events_consumed_total');
    const line = text
      .split('\n')
      .find((l) => l.includes(`routing_key="${routingKey}"`) && l.includes(`outcome="${outcome}"`));
    return line === undefined ? 0 : Number(line.split(' ').at(-1));
  };

  const sitiCompleted = envelope('evaluation.completed', {
    ...completed(siti),
    links: { monitoring: 'https://evkin.example/m#secret' },
  });

  beforeAll(async () => {
    infra = await isolate('reporting');
    await runMigrations(infra.databaseUrl, reportingDatabase);
    tap = await tapEvents(infra.rabbitmqUrl);
    const env = loadEnv('reporting', reportingEnv, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: infra.databaseUrl,
      RABBITMQ_URL: infra.rabbitmqUrl,
    });
    app = await startServiceApp({
      service: 'reporting',
      module: AppModule.forEnv(env),
      port: await freePort(),
      logLevel: 'silent',
      rpc: { service: 'reporting', rabbitmqUrl: infra.rabbitmqUrl },
    });
    db = app.get(DataSource);
    broker = await connect(infra.rabbitmqUrl);
    rpc = new RpcClient(infra.rabbitmqUrl, 10_000);

    const sitiInvitation = invited(siti, 'self');
    await publish(sitiInvitation, sitiInvitation, invited(siti, 'supervisor'), invited(siti, 'peer', replacedPeer));
    await publish(invited(siti, 'service_user'), invited(wayan, 'self'), invited(wayan, 'supervisor'));
    await publish(invited(wayan, 'peer'), invited(wayan, 'service_user'), submitted(wayan, 'self'));
    await publish(
      envelope('evaluation.cancelled', {
        assignmentId: replacedPeer,
        participantId: siti.participant.id,
        batteryId: b.id,
        role: 'peer',
        replacedBy: siti.assignments.peer,
        at: '2026-03-10T03:00:00.000Z',
      }),
      invited(siti, 'peer'),
    );
    const sitiSelf = submitted(siti, 'self');
    await publish(
      sitiSelf,
      sitiSelf,
      ...(['supervisor', 'peer', 'service_user'] as const).map((r) => submitted(siti, r)),
    );
    await publish(sitiCompleted, sitiCompleted, envelope('evaluation.completed', completed(budi, TOP_ANSWERS)));
    // The consumer handles several messages at once, so "first" means first handled: wait for it.
    await eventually(async () => expect(await consumed('evaluation.completed', 'ok')).toBe(2), 30_000);
    // A second completion of Siti under a new event id (e.g. re-emitted): the first result stands.
    await publish(envelope('evaluation.completed', completed(siti)));
    await publish(envelope('evaluation.completed', completed(otherBattery)));
    await eventually(async () => {
      expect(await consumed('evaluation.completed', 'ok')).toBe(4);
      expect(await consumed('evaluation.completed', 'duplicate')).toBe(1);
      expect(await consumed('evaluation.submitted', 'ok')).toBe(5);
      expect(await consumed('evaluation.submitted', 'duplicate')).toBe(1);
      expect(await consumed('evaluation.invited', 'ok')).toBe(9);
      expect(await consumed('evaluation.invited', 'duplicate')).toBe(1);
      expect(await consumed('evaluation.cancelled', 'ok')).toBe(1);
      expect(scoredEvents()).toHaveLength(3);
    }, 30_000);
  }, 90_000);

  afterAll(async () => {
    await rpc?.onApplicationShutdown();
    await broker?.close();
    await tap?.close();
    await app?.close();
    await infra?.cleanup();
  });

  it('keeps one row per participant and assignment however often an event arrives', async () => {
    const assignments: { id: string; role: string; status: string; answers: unknown }[] = await db.query(
      'SELECT id, role, status, answers FROM reporting.assignment WHERE participant_id = $1 ORDER BY role, status',
      [siti.participant.id],
    );
    expect(assignments.map((a) => [a.role, a.status])).toEqual([
      ['peer', 'cancelled'],
      ['peer', 'submitted'],
      ['self', 'submitted'],
      ['service_user', 'submitted'],
      ['supervisor', 'submitted'],
    ]);
    expect(assignments.find((a) => a.id === siti.assignments.self)!.answers).toEqual(WORKED_ANSWERS.self);
    expect(
      await db.query('SELECT count(*)::int AS n FROM reporting.participant WHERE battery_id = $1', [b.id]),
    ).toEqual([{ n: 3 }]);
    expect(await db.query('SELECT count(*)::int AS n FROM reporting.result')).toEqual([{ n: 3 }]);
    // One evaluation.scored per participant, even though Siti's completion came three times.
    expect(scoredEvents().filter((e) => e.data.participantId === siti.participant.id)).toHaveLength(1);
  });

  it('announces the combined result as evaluation.scored, without the per-role breakdown', () => {
    const event = scoredEvents().find((e) => e.data.participantId === siti.participant.id)!;
    expect(event).toMatchObject({
      type: 'id.evkin.evaluation.scored.v1',
      source: '/evkin/reporting',
      subject: siti.participant.id,
      causationid: sitiCompleted.id,
    });
    const data: EvaluationScoredV1 = event.data;
    expect(data.battery.id).toBe(b.id);
    expect(data.subCompetencies.filter((s) => s.status === 'scored')).toEqual([
      { subCompetencyId: 'sk02', status: 'scored', index: 75, category: 'baik' },
      { subCompetencyId: 'sk05', status: 'scored', index: 50, category: 'sedang' },
    ]);
    expect(data.conclusion).toEqual({ index: 62.5, category: 'baik', scoredCount: 2 });
    expect(data.activityProfile).toMatchObject({ condition: 'ideal', ownLevelPercent: 75, total: 4 });
    expect(JSON.stringify(data)).not.toMatch(/byRole|selfVsOthersGap|othersIndex/);
  });

  it('shows admins the per-role breakdown and the self-vs-others gap, viewers and the participant only combined results', async () => {
    const forAdmin = await rpc.call('reporting', 'results.get', { actor: ADMIN, participantId: siti.participant.id });
    expect(forAdmin.conclusion).toEqual({ index: 62.5, category: 'baik', scoredCount: 2 });
    expect(
      forAdmin.breakdown!.subCompetencies.map((s) => [s.subCompetencyId, s.selfVsOthersGap, s.othersIndex]),
    ).toEqual([
      ['sk02', 33.3, 66.7],
      ['sk05', 22.2, 44.4],
    ]);
    expect(forAdmin.breakdown!.subCompetencies[0]!.byRole.peer).toEqual({ index: 83.3, answeredItems: 2 });
    // The replaced peer is not a rater of this result.
    expect(forAdmin.breakdown!.raters.map((r) => r.role)).toEqual(ROLES);

    const forViewer = await rpc.call('reporting', 'results.get', { actor: VIEWER, participantId: siti.participant.id });
    expect(forViewer.breakdown).toBeNull();
    expect(forViewer.conclusion).toEqual(forAdmin.conclusion);

    const own = await rpc.call('reporting', 'results.participant', { participantId: siti.participant.id });
    expect(own.participant).toEqual({
      id: siti.participant.id,
      name: 'Siti Rahmawati',
      nip: siti.participant.nip,
      target: 'ahli_pertama',
      unit: 'Disnaker Kota Bandung',
      province: 'Jawa Barat',
      regency: 'Kota Bandung',
      language: 'id',
    });
    expect(JSON.stringify(own)).not.toMatch(/breakdown|byRole|selfVsOthersGap/);
  });

  it('refuses results that do not exist yet and ids that are not ids', async () => {
    await expect(rpc.call('reporting', 'results.participant', { participantId: wayan.participant.id })).rejects.toEqual(
      new RpcCallError('report_not_ready'),
    );
    await expect(
      rpc.call('reporting', 'results.get', { actor: ADMIN, participantId: wayan.participant.id }),
    ).rejects.toEqual(new RpcCallError('report_not_ready'));
    await expect(rpc.call('reporting', 'results.participant', { participantId: randomUUID() })).rejects.toEqual(
      new RpcCallError('not_found'),
    );
    await expect(
      rpc.call('reporting', 'results.get', { actor: ADMIN, participantId: 'x; DROP TABLE' }),
    ).rejects.toEqual(new RpcCallError('validation_failed', [{ field: 'participantId', code: 'isUuid' }]));
  });

  it('lists the participants of a battery with their progress, filtered and paged', async () => {
    const all = await rpc.call('reporting', 'results.list', { actor: VIEWER, batteryId: b.id });
    expect(all.total).toBe(3);
    expect(
      all.items.map((i) => [i.participant.name, i.status, i.submittedRoles.length, i.conclusion?.category ?? null]),
    ).toEqual([
      ['=HYPERLINK("http://evil.example","Budi")', 'completed', 4, 'sangat_baik'],
      ['Siti Rahmawati', 'completed', 4, 'baik'],
      ['Wayan Sudarma', 'in_progress', 1, null],
    ]);
    const pending = await rpc.call('reporting', 'results.list', {
      actor: VIEWER,
      batteryId: b.id,
      status: 'in_progress',
    });
    expect(pending.items.map((i) => i.participant.name)).toEqual(['Wayan Sudarma']);
    const paged = await rpc.call('reporting', 'results.list', { actor: VIEWER, batteryId: b.id, page: 2, pageSize: 2 });
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items.map((i) => i.participant.name)).toEqual(['Wayan Sudarma']);
    const found = await rpc.call('reporting', 'results.list', { actor: VIEWER, batteryId: b.id, q: 'siti' });
    expect(found.items.map((i) => i.participant.name)).toEqual(['Siti Rahmawati']);
  });

  it('aggregates a battery: response rates, categories, conclusions, Kondisi Kerja Ideal and (for admins) the gap', async () => {
    const analytics = await rpc.call('reporting', 'results.analytics', { actor: ADMIN, batteryId: b.id, filter: {} });
    expect(analytics.participants).toEqual({ total: 3, completed: 2 });
    expect(analytics.responseRates).toEqual([
      { role: 'self', invited: 3, submitted: 3, cancelled: 0, rate: 100 },
      { role: 'supervisor', invited: 3, submitted: 2, cancelled: 0, rate: 66.7 },
      { role: 'peer', invited: 3, submitted: 2, cancelled: 1, rate: 66.7 },
      { role: 'service_user', invited: 3, submitted: 2, cancelled: 0, rate: 66.7 },
    ]);
    expect(analytics.categories).toEqual([
      {
        subCompetencyId: 'sk02',
        scored: 2,
        counts: { sangat_baik: 1, baik: 1, sedang: 0, kurang: 0, sangat_kurang: 0 },
      },
      {
        subCompetencyId: 'sk05',
        scored: 2,
        counts: { sangat_baik: 1, baik: 0, sedang: 1, kurang: 0, sangat_kurang: 0 },
      },
    ]);
    expect(analytics.conclusions).toEqual({
      total: 2,
      counts: { sangat_baik: 1, baik: 1, sedang: 0, kurang: 0, sangat_kurang: 0 },
    });
    expect(analytics.workCondition).toEqual({ profiled: 2, ideal: 1, share: 50 });
    // Siti rates herself 33.3 and 22.2 above the others; Budi's raters all agree (gap 0).
    expect(analytics.selfVsOthersGap).toEqual([
      { subCompetencyId: 'sk02', participants: 2, meanGap: 16.7 },
      { subCompetencyId: 'sk05', participants: 2, meanGap: 11.1 },
    ]);
    expect(analytics.options).toEqual({
      provinces: ['Bali', 'Jawa Barat'],
      units: ['Disnaker Kota Bandung', 'Disnaker Kota Bekasi', 'Disnaker Kota Denpasar'],
      targets: ['ahli_pertama'],
    });

    const forViewer = await rpc.call('reporting', 'results.analytics', { actor: VIEWER, batteryId: b.id, filter: {} });
    expect(forViewer.selfVsOthersGap).toBeNull();
    expect(forViewer.conclusions).toEqual(analytics.conclusions);
  });

  it('narrows analytics by province, unit and level', async () => {
    const bali = await rpc.call('reporting', 'results.analytics', {
      actor: ADMIN,
      batteryId: b.id,
      filter: { province: 'Bali' },
    });
    expect(bali.participants).toEqual({ total: 1, completed: 0 });
    expect(bali.responseRates.map((r) => [r.role, r.submitted, r.invited])).toEqual([
      ['self', 1, 1],
      ['supervisor', 0, 1],
      ['peer', 0, 1],
      ['service_user', 0, 1],
    ]);
    expect(bali.conclusions.total).toBe(0);
    expect(bali.workCondition).toEqual({ profiled: 0, ideal: 0, share: null });

    const bandung = await rpc.call('reporting', 'results.analytics', {
      actor: ADMIN,
      batteryId: b.id,
      filter: { province: 'Jawa Barat', unit: 'Disnaker Kota Bandung', target: 'ahli_pertama' },
    });
    expect(bandung.participants).toEqual({ total: 1, completed: 1 });
    expect(bandung.conclusions.counts.baik).toBe(1);
    expect(bandung.workCondition.share).toBe(100);

    const petugas = await rpc.call('reporting', 'results.analytics', {
      actor: ADMIN,
      batteryId: b.id,
      filter: { target: 'petugas' },
    });
    expect(petugas.participants.total).toBe(0);

    await expect(
      rpc.call('reporting', 'results.analytics', {
        actor: ADMIN,
        batteryId: b.id,
        filter: { target: 'ahli_super' as 'petugas' },
      }),
    ).rejects.toEqual(new RpcCallError('validation_failed', [{ field: 'target', code: 'isIn' }]));
  });

  it('exports CSV with formula-like cells neutralised', async () => {
    const file = await rpc.call('reporting', 'results.export', {
      actor: ADMIN,
      batteryId: b.id,
      format: 'csv',
      filter: { province: 'Jawa Barat' },
      language: 'id',
    });
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.fileName).toMatch(/^hasil-baterai-ahli-pertama-2026-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Analisis Jabatan — Kategori');
    expect(lines[0]!.endsWith('Selisih diri sendiri vs. penilai lain')).toBe(true);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""Budi"")"`);
    expect(lines[2]).toContain('Siti Rahmawati');
    expect(lines[2]).toContain(',75,Baik,50,Sedang,62.5,Berkinerja Tinggi,75,Kondisi Kerja Ideal,27.8');
  });

  it('exports XLSX that reads back with text as text and numbers as numbers; no gap for viewers', async () => {
    const file = await rpc.call('reporting', 'results.export', {
      actor: VIEWER,
      batteryId: b.id,
      format: 'xlsx',
      filter: {},
      language: 'en',
    });
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.fileName).toMatch(/^results-baterai-ahli-pertama-2026-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    // exceljs types predate Node's generic Buffer.
    await workbook.xlsx.load(
      Buffer.from(file.contentBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const sheet = workbook.getWorksheet('Results')!;
    expect(sheet.rowCount).toBe(4);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Job analysis — Category');
    expect(header).not.toContain('Self vs. others gap');
    const budiName = sheet.getRow(2).getCell(2);
    expect(budiName.type).toBe(ExcelJS.ValueType.String);
    expect(budiName.value).toBe('=HYPERLINK("http://evil.example","Budi")');
    const siti = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(siti.slice(10)).toEqual([75, 'Good', 50, 'Fair', 62.5, 'High performer', 75, 'Ideal work condition']);
    expect(siti[9]).toEqual(new Date('2026-03-20T03:00:00.000Z'));
    const wayanRow = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(wayanRow[7]).toBe('In progress');
  });

  it('refuses an export of a battery reporting never heard of', async () => {
    await expect(
      rpc.call('reporting', 'results.export', {
        actor: ADMIN,
        batteryId: randomUUID(),
        format: 'csv',
        filter: {},
        language: 'id',
      }),
    ).rejects.toEqual(new RpcCallError('not_found'));
  });

  it('renders the participant report and a rater proof as PDFs, only once they exist', async () => {
    const report = await rpc.call('reporting', 'results.report.pdf', {
      participantId: siti.participant.id,
      language: 'id',
    });
    expect(report).toMatchObject({ contentType: 'application/pdf', fileName: 'laporan-siti-rahmawati.pdf' });
    expect(Buffer.from(report.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const proof = await rpc.call('reporting', 'results.proof.pdf', {
      assignmentId: wayan.assignments.self,
      language: 'en',
    });
    expect(proof.fileName).toBe('proof-of-completion-wayan-sudarma-self.pdf');
    expect(Buffer.from(proof.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await expect(
      rpc.call('reporting', 'results.report.pdf', { participantId: wayan.participant.id, language: 'id' }),
    ).rejects.toEqual(new RpcCallError('report_not_ready'));
    await expect(
      rpc.call('reporting', 'results.proof.pdf', { assignmentId: wayan.assignments.peer, language: 'id' }),
    ).rejects.toEqual(new RpcCallError('not_found'));
  });

  it('zips the reports of a battery in parts, filtered like the analytics', async () => {
    const archive = await rpc.call('reporting', 'results.reports.archive', {
      actor: ADMIN,
      batteryId: b.id,
      filter: { province: 'Jawa Barat' },
      part: 1,
      language: 'id',
    });
    expect(archive).toMatchObject({
      contentType: 'application/zip',
      fileName: 'laporan-baterai-ahli-pertama-2026.zip',
      part: 1,
      parts: 1,
      count: 2,
    });
    const zip = await JSZip.loadAsync(Buffer.from(archive.contentBase64, 'base64'));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['0001-laporan-hyperlink-http-evil-example-budi.pdf', '0002-laporan-siti-rahmawati.pdf']);
    expect((await zip.file(names[1]!)!.async('nodebuffer')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await expect(
      rpc.call('reporting', 'results.reports.archive', {
        actor: ADMIN,
        batteryId: b.id,
        filter: {},
        part: 2,
        language: 'id',
      }),
    ).rejects.toEqual(new RpcCallError('validation_failed', [{ field: 'part', code: 'max' }]));
    await expect(
      rpc.call('reporting', 'results.reports.archive', {
        actor: ADMIN,
        batteryId: b.id,
        filter: { province: 'Bali' },
        part: 1,
        language: 'id',
      }),
    ).rejects.toEqual(new RpcCallError('not_found'));
  });
});
