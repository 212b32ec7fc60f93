import { Test, type TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { AdminActor, BatteryInput, BatteryView } from '@evkin/contracts';
import { DatabaseModule, HealthModule, runMigrations, schemaOf, type ServiceDatabase } from '@evkin/platform';
import { AuditEntryRecord } from '../src/audit/audit-entry.entity.js';
import { AuditModule } from '../src/audit/audit.module.js';
import { BatteriesModule } from '../src/batteries/batteries.module.js';
import { BatteriesService } from '../src/batteries/batteries.service.js';
import { BatteryInstrumentRecord } from '../src/batteries/battery-instrument.entity.js';
import { BatteryLookup } from '../src/batteries/battery-lookup.js';
import { BatteryRecord } from '../src/batteries/battery.entity.js';
import { CATALOGUE } from '@evkin/catalogue';
import { CatalogueController } from '../src/catalogue/catalogue.controller.js';
import { CatalogueModule } from '../src/catalogue/catalogue.module.js';
import { BankItemRecord } from '../src/item-bank/bank-item.entity.js';
import { ItemBankModule } from '../src/item-bank/item-bank.module.js';
import { ItemBankService } from '../src/item-bank/item-bank.service.js';
import { BatteriesAndItemBank1763900000000 } from '../src/migrations/1763900000000-batteries-and-item-bank.js';
import { dropDatabase, ensureDatabase } from '../../../scripts/stack/database.mjs';

/**
 * The audit table is created by the participants migration, which this file does not run (it belongs to another
 * feature); the same DDL stands in for it here.
 */
class AuditTableForTest1763900050000 implements MigrationInterface {
  name = 'AuditTableForTest1763900050000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${schemaOf(queryRunner)}".audit_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid NOT NULL,
      actor_email text NOT NULL,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    )`);
  }
  async down(): Promise<void> {}
}

const database: ServiceDatabase = {
  schema: 'assessment',
  entities: [BankItemRecord, BatteryRecord, BatteryInstrumentRecord, AuditEntryRecord],
  migrations: [BatteriesAndItemBank1763900000000, AuditTableForTest1763900050000],
};

const admin: AdminActor = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'admin@kemnaker.go.id',
  role: 'admin',
};
const viewer: AdminActor = {
  userId: '00000000-0000-4000-8000-000000000002',
  email: 'viewer@kemnaker.go.id',
  role: 'viewer',
};

let sequence = 0;
/** A valid Ahli Muda battery with a name of its own; tests override what they check. */
function input(overrides: Partial<BatteryInput> = {}): BatteryInput {
  sequence += 1;
  return {
    name: `Baterai Ahli Muda ${sequence}`,
    programme: 'Pelatihan Penyuluhan dan Bimbingan Jabatan',
    periodStart: '2026-03-01',
    deadline: '2026-06-30',
    target: 'ahli_muda',
    subCompetencyIds: ['sk04', 'sk05'],
    ...overrides,
  };
}

/** The catalogue's statements of a target, grouped by sub-competency in the order given (Tabel 1 order in these tests). */
const catalogueIds = (target: string, subCompetencyIds: string[]): string[] =>
  subCompetencyIds.flatMap((sk) =>
    CATALOGUE.items.filter((i) => i.target === target && i.subCompetencyId === sk).map((i) => i.id),
  );

describe('batteries, item bank and catalogue (assessment, real PostgreSQL)', () => {
  let url: string;
  let app: TestingModule;
  let db: DataSource;
  let batteries: BatteriesService;
  let items: ItemBankService;
  let lookup: BatteryLookup;

  beforeAll(async () => {
    const server = new URL(process.env['EVKIN_TEST_DATABASE_URL'] ?? '');
    server.pathname = `/evkin_t_batteries_${randomBytes(4).toString('hex')}`;
    url = server.toString();
    await ensureDatabase(url);
    await runMigrations(url, database);
    app = await Test.createTestingModule({
      imports: [
        HealthModule.forService('assessment'),
        DatabaseModule.forService(url, database),
        AuditModule,
        CatalogueModule,
        ItemBankModule,
        BatteriesModule,
      ],
    }).compile();
    await app.init();
    db = app.get(DataSource);
    batteries = app.get(BatteriesService);
    items = app.get(ItemBankService);
    lookup = app.get(BatteryLookup);
  });

  afterAll(async () => {
    await app?.close();
    if (url) await dropDatabase(url);
  });

  const count = async (table: string): Promise<number> => {
    const [row] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM assessment.${table}`);
    return row!.n;
  };
  const audit = (action: string, subjectId: string) =>
    db.getRepository(AuditEntryRecord).find({ where: { action, subjectId }, order: { at: 'ASC' } });
  const freeze = (instrumentId: string) =>
    db.query('UPDATE assessment.battery_instrument SET frozen_at = now() WHERE id = $1 AND frozen_at IS NULL', [
      instrumentId,
    ]);
  /** Runs `work` and checks it changed no battery, instrument, bank item or audit entry. */
  const changesNothing = async (work: () => Promise<unknown>): Promise<unknown> => {
    const tables = ['battery', 'battery_instrument', 'bank_item', 'audit_entry'];
    const snapshot = async () =>
      Promise.all(tables.map(async (t) => JSON.stringify(await db.query(`SELECT * FROM assessment.${t} ORDER BY 1`))));
    const before = await snapshot();
    const error = await work().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(await snapshot()).toEqual(before);
    return error;
  };

  describe('catalogue', () => {
    it('serves the regulation catalogue: 6 competencies, 15 sub-competencies, 4 levels, 80 activities, 37 tasks', () => {
      const view = app.get(CatalogueController).get();
      expect(view.competencies).toHaveLength(6);
      expect(view.subCompetencies).toHaveLength(15);
      expect(view.levels.map((l) => l.id)).toEqual(['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama']);
      expect(view.levels.find((l) => l.id === 'ahli_utama')!.measuredSubCompetencyIds).toEqual([
        'sk01',
        'sk12',
        'sk14',
        'sk15',
      ]);
      expect(view.activities).toHaveLength(80);
      expect(view.petugasTasks).toHaveLength(37);
      expect(view.scale.map((o) => [o.label, o.value])).toEqual([
        ['Sangat sesuai', 4],
        ['Sesuai', 3],
        ['Tidak sesuai', 2],
        ['Sangat tidak sesuai', 1],
      ]);
    });
  });

  describe('item bank', () => {
    it('holds every catalogue statement after the migration, with its sources', async () => {
      const all = await items.list({ includeInactive: true });
      expect(all).toHaveLength(CATALOGUE.items.length);
      expect(new Set(all.map((i) => i.id))).toEqual(new Set(CATALOGUE.items.map((i) => i.id)));
      expect(all.every((i) => i.origin === 'catalogue' && i.active && i.source !== null)).toBe(true);
    });

    it('filters by target and sub-competency and hides inactive statements unless asked', async () => {
      const listed = await items.list({ target: 'ahli_muda', subCompetencyId: 'sk04' });
      expect(listed.map((i) => i.id)).toEqual(catalogueIds('ahli_muda', ['sk04']));

      await items.update(admin, 'pk.ahli_muda.sk04.03', { active: false });
      expect((await items.list({ target: 'ahli_muda', subCompetencyId: 'sk04' })).map((i) => i.id)).not.toContain(
        'pk.ahli_muda.sk04.03',
      );
      const withInactive = await items.list({ target: 'ahli_muda', subCompetencyId: 'sk04', includeInactive: true });
      expect(withInactive.find((i) => i.id === 'pk.ahli_muda.sk04.03')?.active).toBe(false);
      await items.update(admin, 'pk.ahli_muda.sk04.03', { active: true });
    });

    it('adds an admin statement as custom.<uuid>, listed after the catalogue ones, and audits it', async () => {
      const created = await items.create(admin, {
        target: 'ahli_muda',
        subCompetencyId: 'sk05',
        text: '  Memberikan bimbingan jabatan sesuai minat dan bakat pencari kerja.  ',
        en: 'Gives career guidance that fits the job seeker.',
      });
      expect(created).toMatchObject({ origin: 'admin', active: true, source: null, subCompetencyId: 'sk05' });
      expect(created.id).toMatch(/^custom\.[0-9a-f-]{36}$/);
      expect(created.text).toBe('Memberikan bimbingan jabatan sesuai minat dan bakat pencari kerja.');
      const listed = await items.list({ target: 'ahli_muda', subCompetencyId: 'sk05' });
      expect(listed.map((i) => i.id)).toEqual([...catalogueIds('ahli_muda', ['sk05']), created.id]);
      expect(await audit('item.create', created.id)).toEqual([
        expect.objectContaining({ actorEmail: admin.email, subjectType: 'bank_item' }),
      ]);
    });

    it.each([
      [{ target: 'ahli_super' }, 'target', 'isIn'],
      [{ subCompetencyId: 'sk99' }, 'subCompetencyId', 'unknown_sub_competency'],
      [{ subCompetencyId: 'sk15' }, 'subCompetencyId', 'sub_competency_not_measured'],
      [{ target: 'petugas', subCompetencyId: 'sk01' }, 'subCompetencyId', 'sub_competency_not_measured'],
      [{ text: '   ' }, 'text', 'isNotEmpty'],
      [{ en: 'x'.repeat(1001) }, 'en', 'maxLength'],
    ])('refuses a statement with %p (%s %s) and stores nothing', async (override, field, code) => {
      const error = await changesNothing(() =>
        items.create(admin, {
          target: 'ahli_muda',
          subCompetencyId: 'sk04',
          text: 'Teks',
          en: 'Text',
          ...override,
        }),
      );
      expect(error).toMatchObject({ code: 'validation_failed', errors: [{ field, code }] });
    });

    it('rewords a catalogue statement and records before and after', async () => {
      const updated = await items.update(admin, 'pk.ahli_muda.sk04.02', { text: 'Teks baru penyuluhan jabatan.' });
      expect(updated).toMatchObject({
        id: 'pk.ahli_muda.sk04.02',
        origin: 'catalogue',
        text: 'Teks baru penyuluhan jabatan.',
      });
      const [entry] = await audit('item.update', 'pk.ahli_muda.sk04.02');
      expect(entry!.details).toEqual({
        before: { text: CATALOGUE.item('pk.ahli_muda.sk04.02')!.text },
        after: { text: 'Teks baru penyuluhan jabatan.' },
      });
    });

    it('refuses viewers, unknown statements and bad changes without changing anything', async () => {
      expect(await changesNothing(() => items.update(viewer, 'pk.ahli_muda.sk04.01', { active: false }))).toMatchObject(
        {
          code: 'forbidden',
        },
      );
      expect(
        await changesNothing(() =>
          items.create(viewer, { target: 'ahli_muda', subCompetencyId: 'sk04', text: 'a', en: 'b' }),
        ),
      ).toMatchObject({ code: 'forbidden' });
      expect(await changesNothing(() => items.update(admin, 'custom.nope', { active: false }))).toMatchObject({
        code: 'not_found',
      });
      expect(
        await changesNothing(() => items.update(admin, 'pk.ahli_muda.sk04.01', { text: '', active: 'no' })),
      ).toMatchObject({
        code: 'validation_failed',
        errors: [
          { field: 'text', code: 'isNotEmpty' },
          { field: 'active', code: 'isBoolean' },
        ],
      });
    });
  });

  describe('creating a battery', () => {
    it('applies the defaults: active bank items of the chosen sub-competencies, all 80 activities, DESIGN §2 scoring', async () => {
      const created = await batteries.create(admin, input({ name: 'Baterai Penyuluhan 2026' }));
      expect(created).toMatchObject({
        name: 'Baterai Penyuluhan 2026',
        status: 'active',
        target: 'ahli_muda',
        periodStart: '2026-03-01',
        deadline: '2026-06-30',
        // The end of 30 June in WIB (UTC+7).
        closesAt: '2026-06-30T17:00:00.000Z',
        reminderDays: [7, 1],
        scoring: {
          weights: { self: 0.25, supervisor: 0.25, peer: 0.25, service_user: 0.25 },
          bands: { sangat_baik: 80, baik: 60, sedang: 40, kurang: 20 },
          activityProfileMode: 'self',
        },
        counts: { participants: 0, invited: 0, completed: 0 },
      });
      expect(created.instrument).toMatchObject({ version: 1, frozen: false, subCompetencyIds: ['sk04', 'sk05'] });
      expect(created.instrument.part1Codes).toEqual(CATALOGUE.activities.map((a) => a.code));
      // The catalogue's sk04 and sk05 statements, then the admin's sk05 statement written above.
      const admins = await items.list({ target: 'ahli_muda', subCompetencyId: 'sk05' });
      expect(created.instrument.part2Items.map((i) => i.id)).toEqual([
        ...catalogueIds('ahli_muda', ['sk04']),
        ...admins.map((i) => i.id),
      ]);
      expect(created.instrument.part2Items[1]).toEqual({
        id: 'pk.ahli_muda.sk04.02',
        subCompetencyId: 'sk04',
        text: 'Teks baru penyuluhan jabatan.',
        en: CATALOGUE.item('pk.ahli_muda.sk04.02')!.en,
      });
      expect(await audit('battery.create', created.id)).toMatchObject([
        { actorUserId: admin.userId, details: { instrumentVersion: 1 } },
      ]);
      expect(await batteries.get(created.id)).toEqual(created);
    });

    it('leaves inactive statements out of the default and gives a Petugas Antar Kerja battery the 37 tasks', async () => {
      await items.update(admin, 'petugas.c.01', { active: false });
      const created = await batteries.create(
        admin,
        input({ target: 'petugas', subCompetencyIds: ['sk04', 'sk05', 'sk10'], status: 'inactive' }),
      );
      expect(created.status).toBe('inactive');
      expect(created.instrument.part1Codes).toEqual(CATALOGUE.petugasTasks.map((t) => t.id));
      expect(created.instrument.part2Items.map((i) => i.id)).toEqual(
        catalogueIds('petugas', ['sk04', 'sk05', 'sk10']).filter((id) => id !== 'petugas.c.01'),
      );
      await items.update(admin, 'petugas.c.01', { active: true });
    });

    it('keeps an explicit choice in catalogue order and merges scoring overrides over the defaults', async () => {
      const created = await batteries.create(
        admin,
        input({
          subCompetencyIds: ['sk05', 'sk04'],
          part2ItemIds: ['pk.ahli_muda.sk05.02', 'pk.ahli_muda.sk04.01'],
          part1Codes: ['013', '001'],
          scoring: { weights: { self: 0.1, supervisor: 0.4 }, activityProfileMode: 'majority' },
          reminderDays: [1, 14, 0],
        }),
      );
      expect(created.instrument.subCompetencyIds).toEqual(['sk04', 'sk05']);
      expect(created.instrument.part2Items.map((i) => i.id)).toEqual(['pk.ahli_muda.sk04.01', 'pk.ahli_muda.sk05.02']);
      expect(created.instrument.part1Codes).toEqual(['001', '013']);
      expect(created.scoring).toEqual({
        weights: { self: 0.1, supervisor: 0.4, peer: 0.25, service_user: 0.25 },
        bands: { sangat_baik: 80, baik: 60, sedang: 40, kurang: 20 },
        activityProfileMode: 'majority',
      });
      expect(created.reminderDays).toEqual([14, 1, 0]);
    });

    it.each<[string, Partial<BatteryInput>, { field: string; code: string }]>([
      ['an empty name', { name: ' ' }, { field: 'name', code: 'isNotEmpty' }],
      ['a name over 200 characters', { name: 'n'.repeat(201) }, { field: 'name', code: 'maxLength' }],
      ['no programme', { programme: undefined }, { field: 'programme', code: 'isNotEmpty' }],
      ['a date that does not exist', { periodStart: '2026-02-30' }, { field: 'periodStart', code: 'invalid_date' }],
      ['a date in another format', { deadline: '30/06/2026' }, { field: 'deadline', code: 'invalid_date' }],
      ['a deadline before the start', { deadline: '2026-02-28' }, { field: 'deadline', code: 'deadline_before_start' }],
      ['an unknown target', { target: 'ahli_super' as never }, { field: 'target', code: 'isIn' }],
      ['an unknown status', { status: 'paused' as never }, { field: 'status', code: 'isIn' }],
      ['no sub-competency', { subCompetencyIds: [] }, { field: 'subCompetencyIds', code: 'empty_instrument' }],
      [
        'an unknown sub-competency',
        { subCompetencyIds: ['sk04', 'sk99'] },
        { field: 'subCompetencyIds.1', code: 'unknown_sub_competency' },
      ],
      [
        'a sub-competency not measured at the level',
        { subCompetencyIds: ['sk15'] },
        { field: 'subCompetencyIds.0', code: 'sub_competency_not_measured' },
      ],
      [
        'a repeated sub-competency',
        { subCompetencyIds: ['sk04', 'sk04'] },
        { field: 'subCompetencyIds.1', code: 'duplicate_entry' },
      ],
      [
        'an unknown statement',
        { part2ItemIds: ['pk.ahli_muda.sk04.01', 'pk.ahli_muda.sk05.01', 'nope'] },
        { field: 'part2ItemIds.2', code: 'unknown_item' },
      ],
      [
        'a statement of another level',
        { part2ItemIds: ['pk.ahli_muda.sk04.01', 'pk.ahli_muda.sk05.01', 'pk.ahli_madya.sk04.01'] },
        { field: 'part2ItemIds.2', code: 'item_wrong_target' },
      ],
      [
        'a statement of a sub-competency not chosen',
        { part2ItemIds: ['pk.ahli_muda.sk04.01', 'pk.ahli_muda.sk05.01', 'pk.ahli_muda.sk06.01'] },
        { field: 'part2ItemIds.2', code: 'item_wrong_target' },
      ],
      ['no statement', { part2ItemIds: [] }, { field: 'part2ItemIds', code: 'empty_instrument' }],
      [
        'a chosen sub-competency without a statement',
        { part2ItemIds: ['pk.ahli_muda.sk04.01'] },
        { field: 'subCompetencyIds.1', code: 'sub_competency_without_items' },
      ],
      ['an unknown activity', { part1Codes: ['001', '081'] }, { field: 'part1Codes.1', code: 'unknown_activity' }],
      ['an empty Part 1', { part1Codes: [] }, { field: 'part1Codes', code: 'empty_instrument' }],
      [
        'an activity code for a Petugas Antar Kerja battery',
        { target: 'petugas', subCompetencyIds: ['sk04'], part1Codes: ['a.1', '001'] },
        { field: 'part1Codes.1', code: 'unknown_activity' },
      ],
      [
        'weights not adding up to 1',
        { scoring: { weights: { peer: 0.5 } } },
        { field: 'scoring.weights', code: 'weights_sum' },
      ],
      [
        'a weight above 1',
        { scoring: { weights: { peer: 1.5, self: -0.75 } } },
        { field: 'scoring.weights.peer', code: 'weight_range' },
      ],
      ['bands out of order', { scoring: { bands: { baik: 85 } } }, { field: 'scoring.bands.baik', code: 'band_order' }],
      [
        'an unknown profile mode',
        { scoring: { activityProfileMode: 'all' as never } },
        { field: 'scoring.activityProfileMode', code: 'profile_mode' },
      ],
      ['repeated reminder days', { reminderDays: [7, 7] }, { field: 'reminderDays', code: 'reminder_days' }],
      ['a reminder over 60 days', { reminderDays: [61] }, { field: 'reminderDays', code: 'reminder_days' }],
      ['a fractional reminder day', { reminderDays: [1.5] }, { field: 'reminderDays', code: 'reminder_days' }],
    ])('refuses %s and stores nothing', async (_case, override, expected) => {
      const error = await changesNothing(() => batteries.create(admin, input(override)));
      expect(error).toMatchObject({ code: 'validation_failed' });
      expect((error as { errors: unknown[] }).errors).toContainEqual(expected);
    });

    it('refuses an inactive statement', async () => {
      await items.update(admin, 'pk.ahli_muda.sk05.01', { active: false });
      const error = await changesNothing(() =>
        batteries.create(admin, input({ part2ItemIds: ['pk.ahli_muda.sk04.01', 'pk.ahli_muda.sk05.01'] })),
      );
      expect(error).toMatchObject({ errors: [{ field: 'part2ItemIds.1', code: 'item_inactive' }] });
      await items.update(admin, 'pk.ahli_muda.sk05.01', { active: true });
    });

    it('reports every problem at once', async () => {
      const error = await changesNothing(() =>
        batteries.create(
          admin,
          input({ name: '', periodStart: '2026-13-01', subCompetencyIds: ['sk99'], reminderDays: [-1] }),
        ),
      );
      expect(error).toMatchObject({
        code: 'validation_failed',
        errors: [
          { field: 'name', code: 'isNotEmpty' },
          { field: 'periodStart', code: 'invalid_date' },
          { field: 'reminderDays', code: 'reminder_days' },
          { field: 'subCompetencyIds.0', code: 'unknown_sub_competency' },
        ],
      });
    });

    it('refuses a name already used by another battery, whatever its case', async () => {
      await batteries.create(admin, input({ name: 'Baterai Unik' }));
      const error = await changesNothing(() => batteries.create(admin, input({ name: '  baterai UNIK ' })));
      expect(error).toMatchObject({ errors: [{ field: 'name', code: 'name_taken' }] });
    });

    it('refuses viewers', async () => {
      expect(await changesNothing(() => batteries.create(viewer, input()))).toMatchObject({ code: 'forbidden' });
    });
  });

  describe('changing a battery', () => {
    /** The battery as created; `latest` follows each successful update, as a console re-sending its form would. */
    let battery: BatteryView;
    let latest: BatteryView;
    beforeEach(async () => {
      battery = await batteries.create(admin, input());
      latest = battery;
    });
    const update = async (changes: Partial<BatteryInput>, actor = admin): Promise<BatteryView> => {
      const { name, programme, periodStart, deadline, target, status, reminderDays, instrument } = latest;
      latest = await batteries.update(actor, battery.id, {
        ...{ name, programme, periodStart, deadline, target, status, reminderDays },
        subCompetencyIds: instrument.subCompetencyIds,
        ...changes,
      });
      return latest;
    };

    it('changes the instrument in place while nobody has answered', async () => {
      const updated = await update({ name: 'Baterai Baru', subCompetencyIds: ['sk04', 'sk06'] });
      expect(updated.name).toBe('Baterai Baru');
      expect(updated.instrument).toMatchObject({
        id: battery.instrument.id,
        version: 1,
        subCompetencyIds: ['sk04', 'sk06'],
      });
      expect(updated.instrument.part2Items.map((i) => i.id)).toEqual(catalogueIds('ahli_muda', ['sk04', 'sk06']));
      expect(await count(`battery_instrument WHERE battery_id = '${battery.id}'`)).toBe(1);
      expect((await audit('battery.update', battery.id))[0]!.details).toEqual({
        changed: ['name', 'instrument'],
        instrumentVersion: 1,
        newInstrumentVersion: false,
      });
    });

    it('keeps a frozen instrument for fields outside it, and makes version 2 when the instrument changes', async () => {
      await freeze(battery.instrument.id);
      const renamed = await update({ name: 'Nama Lain', deadline: '2026-07-31', reminderDays: [3] });
      expect(renamed).toMatchObject({
        name: 'Nama Lain',
        deadline: '2026-07-31',
        closesAt: '2026-07-31T17:00:00.000Z',
        reminderDays: [3],
      });
      expect(renamed.instrument).toEqual({ ...battery.instrument, frozen: true });

      const changed = await update({ subCompetencyIds: ['sk04'] });
      expect(changed.instrument).toMatchObject({ version: 2, frozen: false, subCompetencyIds: ['sk04'] });
      expect(changed.instrument.id).not.toBe(battery.instrument.id);
      expect(changed.name).toBe('Nama Lain');
      // Answers given against version 1 still find it as it was.
      const first = await lookup.instrument(battery.instrument.id);
      expect(first).toMatchObject({ version: 1, subCompetencyIds: ['sk04', 'sk05'] });
      expect(first!.frozenAt).not.toBeNull();
      expect((await lookup.byId(battery.id))!.instrument.id).toBe(changed.instrument.id);
      expect((await audit('battery.update', battery.id)).map((e) => e.details['newInstrumentVersion'])).toEqual([
        false,
        true,
      ]);

      // Version 2 is not frozen: it changes in place again.
      const again = await update({ subCompetencyIds: ['sk04', 'sk05'] });
      expect(again.instrument).toMatchObject({ id: changed.instrument.id, version: 2 });
    });

    it('never lets a bank edit reach an existing instrument', async () => {
      const id = battery.instrument.part2Items[0]!.id;
      const wording = battery.instrument.part2Items[0]!.text;
      await items.update(admin, id, { text: 'Kalimat yang disunting.', en: 'Edited sentence.' });
      expect((await batteries.get(battery.id)).instrument.part2Items[0]).toMatchObject({ id, text: wording });

      // A frozen instrument keeps its wording through a battery update that leaves the instrument as it is.
      await freeze(battery.instrument.id);
      expect((await update({ programme: 'Program lain' })).instrument.part2Items[0]!.text).toBe(wording);

      // A new battery copies today's wording.
      const fresh = await batteries.create(admin, input());
      expect(fresh.instrument.part2Items.find((i) => i.id === id)?.text).toBe('Kalimat yang disunting.');
      await items.update(admin, id, { text: wording, en: CATALOGUE.item(id)!.en });
    });

    it('keeps the current values of fields left out, and the Part 1 defaults of a new target', async () => {
      const tuned = await update({
        status: 'inactive',
        scoring: { bands: { sangat_baik: 85 } },
        reminderDays: [10],
        part1Codes: ['001', '002'],
        part2ItemIds: ['pk.ahli_muda.sk04.01', 'pk.ahli_muda.sk05.01'],
      });
      const { status: _s, ...withoutStatus } = input();
      const kept = await batteries.update(admin, battery.id, {
        ...withoutStatus,
        name: battery.name,
        scoring: { weights: { self: 0.4, peer: 0.1 } },
      });
      expect(kept).toMatchObject({ status: 'inactive', reminderDays: [10] });
      expect(kept.scoring.bands.sangat_baik).toBe(85);
      expect(kept.scoring.weights).toEqual({ self: 0.4, supervisor: 0.25, peer: 0.1, service_user: 0.25 });
      expect(kept.instrument.part1Codes).toEqual(['001', '002']);
      expect(kept.instrument.part2Items.map((i) => i.id)).toEqual(tuned.instrument.part2Items.map((i) => i.id));

      const petugas = await batteries.update(admin, battery.id, {
        ...withoutStatus,
        name: battery.name,
        target: 'petugas',
        subCompetencyIds: ['sk06'],
      });
      expect(petugas.instrument.part1Codes).toEqual(CATALOGUE.petugasTasks.map((t) => t.id));
      expect(petugas.instrument.part2Items.map((i) => i.id)).toEqual(catalogueIds('petugas', ['sk06']));
    });

    it('accepts a statement deactivated after it was put in the instrument', async () => {
      const id = battery.instrument.part2Items[0]!.id;
      await items.update(admin, id, { active: false });
      const updated = await update({
        part2ItemIds: battery.instrument.part2Items.map((i) => i.id),
        programme: 'Tetap',
      });
      expect(updated.instrument.part2Items.map((i) => i.id)).toContain(id);
      expect(
        await changesNothing(() => batteries.create(admin, input({ part2ItemIds: [id, 'pk.ahli_muda.sk05.01'] }))),
      ).toMatchObject({
        errors: [{ field: 'part2ItemIds.0', code: 'item_inactive' }],
      });
      await items.update(admin, id, { active: true });
    });

    it('refuses bad changes, viewers and unknown batteries without changing anything', async () => {
      expect(await changesNothing(() => update({ deadline: '2026-01-01' }))).toMatchObject({
        errors: [{ field: 'deadline', code: 'deadline_before_start' }],
      });
      expect(await changesNothing(() => update({ name: 'Baterai Penyuluhan 2026' }))).toMatchObject({
        errors: [{ field: 'name', code: 'name_taken' }],
      });
      expect(await changesNothing(() => update({ name: 'Dari Viewer' }, viewer))).toMatchObject({ code: 'forbidden' });
      expect(
        await changesNothing(() => batteries.update(admin, '00000000-0000-4000-8000-00000000abcd', input())),
      ).toMatchObject({
        code: 'not_found',
      });
      expect(await changesNothing(() => batteries.get('not-a-uuid'))).toMatchObject({ code: 'not_found' });
    });

    it('activates and deactivates, auditing each change', async () => {
      const off = await batteries.setStatus(admin, battery.id, 'inactive');
      expect(off.status).toBe('inactive');
      await batteries.setStatus(admin, battery.id, 'inactive');
      expect((await batteries.setStatus(admin, battery.id, 'active')).status).toBe('active');
      expect((await audit('battery.status', battery.id)).map((e) => e.details)).toEqual([
        { from: 'active', to: 'inactive' },
        { from: 'inactive', to: 'active' },
      ]);
      expect(await changesNothing(() => batteries.setStatus(viewer, battery.id, 'inactive'))).toMatchObject({
        code: 'forbidden',
      });
      expect(await changesNothing(() => batteries.setStatus(admin, battery.id, 'paused' as never))).toMatchObject({
        errors: [{ field: 'status', code: 'isIn' }],
      });
    });
  });

  describe('reading batteries', () => {
    it('finds a battery by name without regard to case or spaces', async () => {
      const created = await batteries.create(
        admin,
        input({ name: 'Baterai Petugas Antar Kerja 2026', target: 'petugas', subCompetencyIds: ['sk06'] }),
      );
      const found = await lookup.byName('  baterai petugas antar kerja 2026 ');
      expect(found).toMatchObject({ battery: { id: created.id }, instrument: { id: created.instrument.id } });
      expect(found!.closesAt.toISOString()).toBe(created.closesAt);
      expect(await lookup.byName('Baterai yang tidak ada')).toBeNull();
      expect(await lookup.byId('00000000-0000-4000-8000-00000000abcd')).toBeNull();
    });

    it('lists summaries, newest first, counting participants once their table has the columns', async () => {
      const created = await batteries.create(admin, input());
      let [first] = await batteries.list();
      expect(first).toMatchObject({
        id: created.id,
        instrumentVersion: 1,
        counts: { participants: 0, invited: 0, completed: 0 },
      });
      expect(first).not.toHaveProperty('instrument');

      // The shape the participants migration gives the table (only the columns counted here).
      await db.query(`CREATE TABLE assessment.participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        battery_id uuid NOT NULL REFERENCES assessment.battery (id),
        invited_at timestamptz,
        completed_at timestamptz
      )`);
      await db.query(
        `INSERT INTO assessment.participant (battery_id, invited_at, completed_at)
         VALUES ($1, NULL, NULL), ($1, now(), NULL), ($1, now(), now())`,
        [created.id],
      );
      [first] = await batteries.list();
      expect(first!.counts).toEqual({ participants: 3, invited: 2, completed: 1 });
      expect((await batteries.get(created.id)).counts).toEqual({ participants: 3, invited: 2, completed: 1 });
      expect((await batteries.list()).length).toBe(await count('battery'));
    });
  });
});
