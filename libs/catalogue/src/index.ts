/**
 * The regulation catalogue and the default Part 2 item bank, loaded and checked once at import.
 *
 * The data is TypeScript modules under `./data/` (not JSON): `tsc -b` compiles them into `dist/` like any other
 * source file, and Jest needs no JSON handling. Every record has a stable string id and a `source`, so the arrays
 * can be inserted into tables as they are (`CATALOGUE.competencies`, `CATALOGUE.items`, …).
 *
 * A broken reference or a duplicate id makes the import throw a `CatalogueError` listing every problem, so a bad
 * edit fails the unit tests and the service's start-up rather than a rater's form.
 */
import { RATER_ROLES } from '@evkin/contracts';
import { ACTIVITIES } from './data/activities.js';
import { COMPETENCIES, GLOSSARY, SUB_COMPETENCIES } from './data/competencies.js';
import { ITEMS_AHLI_MADYA } from './data/items-ahli-madya.js';
import { ITEMS_AHLI_MUDA } from './data/items-ahli-muda.js';
import { ITEMS_AHLI_PERTAMA } from './data/items-ahli-pertama.js';
import { ITEMS_AHLI_UTAMA } from './data/items-ahli-utama.js';
import { ITEMS_PETUGAS } from './data/items-petugas.js';
import { LEVELS, SKJ_COMPETENCIES, SKJ_INDICATORS } from './data/levels.js';
import { PETUGAS_TASK_GROUPS, PETUGAS_TASKS } from './data/petugas-tasks.js';
import {
  CONCLUSION_CATEGORIES,
  NOT_ASSESSED,
  RATER_ROLE_RECORDS,
  SCALE,
  SUB_COMPETENCY_CATEGORIES,
} from './data/scale-and-categories.js';
import { SOURCE_DOCUMENTS } from './data/sources.js';
import {
  COMPETENCY_IDS,
  JENJANG,
  SUB_COMPETENCY_IDS,
  TARGETS,
  type Activity,
  type CatalogueData,
  type Competency,
  type CompetencyId,
  type ItemBankItem,
  type Jenjang,
  type Level,
  type PetugasTask,
  type SkjCompetency,
  type SkjIndicator,
  type SourceRef,
  type SubCompetency,
  type SubCompetencyId,
  type Target,
} from './types.js';

export * from './types.js';

/** The catalogue failed its checks, or a caller asked for something it does not hold. */
export class CatalogueError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length > 0 ? `${message}:\n- ${problems.join('\n- ')}` : message);
    this.name = 'CatalogueError';
  }
}

/** The raw seed data as shipped with the service. */
export const SEED_DATA: CatalogueData = {
  sourceDocuments: SOURCE_DOCUMENTS,
  competencies: COMPETENCIES,
  subCompetencies: SUB_COMPETENCIES,
  glossary: GLOSSARY,
  levels: LEVELS,
  skjCompetencies: SKJ_COMPETENCIES,
  skjIndicators: SKJ_INDICATORS,
  activities: ACTIVITIES,
  petugasTaskGroups: PETUGAS_TASK_GROUPS,
  petugasTasks: PETUGAS_TASKS,
  scale: SCALE,
  subCompetencyCategories: SUB_COMPETENCY_CATEGORIES,
  conclusionCategories: CONCLUSION_CATEGORIES,
  notAssessed: NOT_ASSESSED,
  raterRoles: RATER_ROLE_RECORDS,
  items: [...ITEMS_AHLI_PERTAMA, ...ITEMS_AHLI_MUDA, ...ITEMS_AHLI_MADYA, ...ITEMS_AHLI_UTAMA, ...ITEMS_PETUGAS],
};

/** The loaded catalogue: the data plus indices, and the queries the service needs. */
export interface Catalogue extends CatalogueData {
  competency(id: string): Competency | undefined;
  subCompetency(id: string): SubCompetency | undefined;
  level(id: string): Level | undefined;
  activity(code: string): Activity | undefined;
  petugasTask(id: string): PetugasTask | undefined;
  skjIndicator(id: string): SkjIndicator | undefined;
  item(id: string): ItemBankItem | undefined;
  /** Sub-competencies in the Part 2 scope of a target: measured at the level, or covered by the Petugas items. */
  subCompetenciesFor(target: Target): readonly SubCompetency[];
  /** Sub-competencies measured at a level (seed 000 F.1 with Tabel 1), in Tabel 1 order. */
  subCompetenciesMeasuredAt(jenjang: Jenjang): readonly SubCompetency[];
  competenciesMeasuredAt(jenjang: Jenjang): readonly Competency[];
  /** The activities of one level, in code order. */
  activitiesAt(jenjang: Jenjang): readonly Activity[];
  /** The SKJ technical competencies of a level, each with its indicators. */
  skjAt(jenjang: Jenjang): readonly (SkjCompetency & { indicators: readonly SkjIndicator[] })[];
  petugasTasksIn(groupId: string): readonly PetugasTask[];
  /**
   * The default Part 2 items of a target, in catalogue order; only those of the given sub-competencies when
   * `subCompetencyIds` is passed. Throws a `CatalogueError` for an id that is unknown or outside the target's scope.
   */
  defaultItems(target: Target, subCompetencyIds?: readonly string[]): readonly ItemBankItem[];
}

export function isJenjang(value: unknown): value is Jenjang {
  return typeof value === 'string' && (JENJANG as readonly string[]).includes(value);
}

export function isTarget(value: unknown): value is Target {
  return typeof value === 'string' && (TARGETS as readonly string[]).includes(value);
}

export function isCompetencyId(value: unknown): value is CompetencyId {
  return typeof value === 'string' && (COMPETENCY_IDS as readonly string[]).includes(value);
}

export function isSubCompetencyId(value: unknown): value is SubCompetencyId {
  return typeof value === 'string' && (SUB_COMPETENCY_IDS as readonly string[]).includes(value);
}

/** Checks the data (see `validateCatalogue`) and builds the indices. Throws a `CatalogueError` on any problem. */
export function loadCatalogue(data: CatalogueData): Catalogue {
  const problems = validateCatalogue(data);
  if (problems.length > 0) throw new CatalogueError(`The catalogue has ${problems.length} problem(s)`, problems);

  const competencies = indexBy(data.competencies, (c) => c.id);
  const subCompetencies = indexBy(data.subCompetencies, (s) => s.id);
  const levels = indexBy(data.levels, (l) => l.id);
  const activities = indexBy(data.activities, (a) => a.code);
  const petugasTasks = indexBy(data.petugasTasks, (t) => t.id);
  const indicators = indexBy(data.skjIndicators, (i) => i.id);
  const items = indexBy(data.items, (i) => i.id);

  const levelOf = (jenjang: Jenjang): Level => {
    const level = levels.get(jenjang);
    if (level === undefined) throw new CatalogueError(`Unknown jenjang "${String(jenjang)}"`);
    return level;
  };
  const measuredAt = (jenjang: Jenjang): readonly SubCompetency[] => {
    const ids = new Set<string>(levelOf(jenjang).measuredSubCompetencyIds);
    return data.subCompetencies.filter((s) => ids.has(s.id));
  };
  const petugasScope = new Set(data.items.filter((i) => i.target === 'petugas').map((i) => i.subCompetencyId));
  const subCompetenciesFor = (target: Target): readonly SubCompetency[] => {
    if (target === 'petugas') return data.subCompetencies.filter((s) => petugasScope.has(s.id));
    return measuredAt(target);
  };

  return {
    ...data,
    competency: (id) => competencies.get(id),
    subCompetency: (id) => subCompetencies.get(id),
    level: (id) => levels.get(id),
    activity: (code) => activities.get(code),
    petugasTask: (id) => petugasTasks.get(id),
    skjIndicator: (id) => indicators.get(id),
    item: (id) => items.get(id),
    subCompetenciesFor,
    subCompetenciesMeasuredAt: measuredAt,
    competenciesMeasuredAt: (jenjang) => {
      const ids = new Set<string>(levelOf(jenjang).measuredCompetencyIds);
      return data.competencies.filter((c) => ids.has(c.id));
    },
    activitiesAt: (jenjang) => {
      levelOf(jenjang);
      return data.activities.filter((a) => a.jenjang === jenjang);
    },
    skjAt: (jenjang) => {
      levelOf(jenjang);
      return data.skjCompetencies
        .filter((c) => c.jenjang === jenjang)
        .map((c) => ({ ...c, indicators: data.skjIndicators.filter((i) => i.skjCompetencyId === c.id) }));
    },
    petugasTasksIn: (groupId) => data.petugasTasks.filter((t) => t.groupId === groupId),
    defaultItems: (target, subCompetencyIds) => {
      if (!isTarget(target)) throw new CatalogueError(`Unknown target "${String(target)}"`);
      const forTarget = data.items.filter((i) => i.target === target);
      if (subCompetencyIds === undefined) return forTarget;
      const scope = new Set<string>(subCompetenciesFor(target).map((s) => s.id));
      const unknown = subCompetencyIds.filter((id) => !subCompetencies.has(id));
      const outside = subCompetencyIds.filter((id) => subCompetencies.has(id) && !scope.has(id));
      if (unknown.length > 0 || outside.length > 0) {
        throw new CatalogueError(`Sub-competencies not available for target "${target}"`, [
          ...unknown.map((id) => `unknown sub-competency "${id}"`),
          ...outside.map((id) => `sub-competency "${id}" is not measured for "${target}"`),
        ]);
      }
      const wanted = new Set(subCompetencyIds);
      return forTarget.filter((i) => wanted.has(i.subCompetencyId));
    },
  };
}

/**
 * Every check the catalogue must pass: ids unique, every reference resolving, the per-level structure consistent
 * across seed 000 (F.1 / Tabel 1), seed 001 (activities) and seed 003 (SKJ), and every item traceable to its
 * sources. Returns the problems found (empty when the data is sound).
 */
export function validateCatalogue(data: CatalogueData): string[] {
  const problems: string[] = [];
  const problem = (message: string): void => {
    problems.push(message);
  };

  const docs = unique(data.sourceDocuments, (d) => d.id, 'source document', problem);
  const checkSource = (source: SourceRef | null, what: string): void => {
    if (source === null) return;
    if (!docs.has(source.doc)) problem(`${what}: unknown source document "${source.doc}"`);
    if (source.section.trim() === '') problem(`${what}: empty source section`);
  };
  const nonEmpty = (value: string | null, what: string): void => {
    if (value === null || value.trim() === '') problem(`${what} is empty`);
  };

  // Competencies and sub-competencies (Tabel 1).
  const competencies = unique(data.competencies, (c) => c.id, 'competency', problem);
  for (const c of data.competencies) {
    if (!isCompetencyId(c.id)) problem(`competency "${String(c.id)}": id is not one of ${COMPETENCY_IDS.join(', ')}`);
    nonEmpty(c.name, `competency ${c.id} name`);
    nonEmpty(c.en, `competency ${c.id} en`);
    checkSource(c.source, `competency ${c.id}`);
  }
  const subCompetencies = unique(data.subCompetencies, (s) => s.id, 'sub-competency', problem);
  for (const s of data.subCompetencies) {
    if (!isSubCompetencyId(s.id)) problem(`sub-competency "${String(s.id)}": id is not one of sk01–sk15`);
    if (!competencies.has(s.competencyId)) problem(`sub-competency ${s.id}: unknown competency "${s.competencyId}"`);
    nonEmpty(s.name, `sub-competency ${s.id} name`);
    nonEmpty(s.en, `sub-competency ${s.id} en`);
    if (
      (s.description === null) !== (s.descriptionEn === null) ||
      (s.description === null) !== (s.descriptionSource === null)
    ) {
      problem(`sub-competency ${s.id}: description, descriptionEn and descriptionSource must be all set or all null`);
    }
    if (s.description === null && s.descriptionNote === null) {
      problem(`sub-competency ${s.id}: a missing description needs a descriptionNote`);
    }
    checkSource(s.source, `sub-competency ${s.id}`);
    checkSource(s.descriptionSource, `sub-competency ${s.id} description`);
  }
  for (const c of data.competencies) {
    if (!data.subCompetencies.some((s) => s.competencyId === c.id)) problem(`competency ${c.id} has no sub-competency`);
  }
  unique(data.glossary, (g) => g.term, 'glossary term', problem);
  for (const g of data.glossary) checkSource(g.source, `glossary ${g.term}`);

  // Levels: F.1 measured competencies, Tabel 1 sub-competencies, SKJ and activities must agree.
  const levels = unique(data.levels, (l) => l.id, 'level', problem);
  for (const l of data.levels) {
    if (!isJenjang(l.id)) problem(`level "${String(l.id)}": not one of ${JENJANG.join(', ')}`);
    checkSource(l.source, `level ${l.id}`);
    checkSource(l.ikhtisarJabatan.source, `level ${l.id} ikhtisarJabatan`);
    nonEmpty(l.ikhtisarJabatan.text, `level ${l.id} ikhtisarJabatan`);
    for (const id of l.measuredCompetencyIds) {
      if (!competencies.has(id)) problem(`level ${l.id}: unknown measured competency "${id}"`);
    }
    const derived = data.subCompetencies
      .filter((s) => (l.measuredCompetencyIds as readonly string[]).includes(s.competencyId))
      .map((s) => s.id);
    if (!sameSet(derived, l.measuredSubCompetencyIds)) {
      problem(
        `level ${l.id}: measuredSubCompetencyIds [${l.measuredSubCompetencyIds.join(', ')}] differ from the ` +
          `sub-competencies of its measured competencies [${derived.join(', ')}] (Tabel 1)`,
      );
    }
    const skj = data.skjCompetencies.filter((c) => c.jenjang === l.id).map((c) => c.competencyId);
    if (!sameSet(skj, l.measuredCompetencyIds)) {
      problem(`level ${l.id}: SKJ technical competencies [${skj.join(', ')}] differ from the measured competencies`);
    }
    const levelActivities = data.activities.filter((a) => a.jenjang === l.id);
    if (levelActivities.length !== l.activityCount) {
      problem(`level ${l.id}: ${levelActivities.length} activities, but activityCount is ${l.activityCount}`);
    }
    const activityCompetencies = [...new Set(levelActivities.map((a) => a.competencyId))];
    if (!sameSet(activityCompetencies, l.measuredCompetencyIds)) {
      problem(
        `level ${l.id}: activities cover competencies [${activityCompetencies.join(', ')}], not the measured ones`,
      );
    }
  }

  // SKJ (seed 003).
  const skjCompetencies = unique(data.skjCompetencies, (c) => c.id, 'SKJ competency', problem);
  for (const c of data.skjCompetencies) {
    if (!levels.has(c.jenjang)) problem(`SKJ competency ${c.id}: unknown jenjang "${c.jenjang}"`);
    if (!competencies.has(c.competencyId)) problem(`SKJ competency ${c.id}: unknown competency "${c.competencyId}"`);
    if (c.id !== `${c.jenjang}.${c.competencyId}`)
      problem(`SKJ competency ${c.id}: id must be "<jenjang>.<competencyId>"`);
    checkSource(c.source, `SKJ competency ${c.id}`);
    if (!data.skjIndicators.some((i) => i.skjCompetencyId === c.id)) problem(`SKJ competency ${c.id} has no indicator`);
  }
  const indicators = unique(data.skjIndicators, (i) => i.id, 'SKJ indicator', problem);
  for (const i of data.skjIndicators) {
    if (!skjCompetencies.has(i.skjCompetencyId)) {
      problem(`SKJ indicator ${i.id}: unknown SKJ competency "${i.skjCompetencyId}"`);
    }
    if (i.id !== `${i.skjCompetencyId}.${i.no}`) problem(`SKJ indicator ${i.id}: id must be "<skjCompetencyId>.<no>"`);
    nonEmpty(i.text, `SKJ indicator ${i.id} text`);
    nonEmpty(i.en, `SKJ indicator ${i.id} en`);
  }

  // Activities (seed 001 Lampiran II).
  const activities = unique(data.activities, (a) => a.code, 'activity', problem);
  for (const a of data.activities) {
    const what = `activity ${a.code}`;
    if (!/^\d{3}$/.test(a.code)) problem(`${what}: code must be three digits`);
    if (!levels.has(a.jenjang)) problem(`${what}: unknown jenjang "${a.jenjang}"`);
    if (!competencies.has(a.competencyId)) problem(`${what}: unknown competency "${a.competencyId}"`);
    // The proposed mapping stays inside the activity's subunsur (Tabel 1); an alternative may cross it (045 → 14).
    const proposed = subCompetencies.get(a.subCompetencyId);
    if (proposed === undefined) problem(`${what}: unknown sub-competency "${a.subCompetencyId}"`);
    else if (proposed.competencyId !== a.competencyId) {
      problem(`${what}: sub-competency ${proposed.id} is outside the activity's subunsur ${a.competencyId} (Tabel 1)`);
    }
    for (const id of a.alternativeSubCompetencyIds) {
      if (!subCompetencies.has(id)) problem(`${what}: unknown alternative sub-competency "${id}"`);
      if (id === a.subCompetencyId) problem(`${what}: ${id} is both the proposed and an alternative sub-competency`);
    }
    nonEmpty(a.text, `${what} text`);
    nonEmpty(a.en, `${what} en`);
    nonEmpty(a.output, `${what} output`);
    checkSource(a.source, what);
  }

  // Petugas Antar Kerja tasks (seed 000 F.2).
  const groups = unique(data.petugasTaskGroups, (g) => g.id, 'Petugas task group', problem);
  for (const g of data.petugasTaskGroups) checkSource(g.source, `Petugas task group ${g.id}`);
  const tasks = unique(data.petugasTasks, (t) => t.id, 'Petugas task', problem);
  for (const t of data.petugasTasks) {
    if (!groups.has(t.groupId)) problem(`Petugas task ${t.id}: unknown group "${t.groupId}"`);
    if (t.id !== `${t.groupId}.${t.no}`) problem(`Petugas task ${t.id}: id must be "<group>.<no>"`);
    nonEmpty(t.text, `Petugas task ${t.id} text`);
    nonEmpty(t.en, `Petugas task ${t.id} en`);
    checkSource(t.source, `Petugas task ${t.id}`);
  }

  // Scale, categories, roles.
  unique(data.scale, (o) => o.id, 'scale option', problem);
  unique(data.scale, (o) => o.defaultValue, 'scale default value', problem);
  unique(data.subCompetencyCategories, (c) => c.id, 'sub-competency category', problem);
  unique(data.conclusionCategories, (c) => c.id, 'conclusion category', problem);
  unique(data.raterRoles, (r) => r.id, 'rater role', problem);
  for (const r of [...data.scale, ...data.subCompetencyCategories, ...data.conclusionCategories, ...data.raterRoles]) {
    checkSource(r.source, `"${r.id}"`);
  }
  checkSource(data.notAssessed.source, 'notAssessed');
  if (
    !sameSet(
      data.raterRoles.map((r) => r.id),
      RATER_ROLES,
    )
  ) {
    problem(`rater roles [${data.raterRoles.map((r) => r.id).join(', ')}] differ from RATER_ROLES of @evkin/contracts`);
  }

  // Items: ids, scope and sources.
  unique(data.items, (i) => i.id, 'item', problem);
  for (const item of data.items) {
    const what = `item ${item.id}`;
    const s = subCompetencies.get(item.subCompetencyId);
    nonEmpty(item.text, `${what} text`);
    nonEmpty(item.en, `${what} en`);
    if (!isTarget(item.target)) {
      problem(`${what}: unknown target "${String(item.target)}"`);
      continue;
    }
    if (s === undefined) {
      problem(`${what}: unknown sub-competency "${item.subCompetencyId}"`);
      continue;
    }
    const src = item.source;
    if (src.description && s.description === null) problem(`${what}: sub-competency ${s.id} has no description`);
    if (!src.description && src.skjIndicatorIds.length + src.activityCodes.length + src.petugasTaskIds.length === 0) {
      problem(`${what}: no source`);
    }
    if (item.target === 'petugas') {
      const group = item.petugasGroupId;
      if (group === null || !groups.has(group)) problem(`${what}: unknown Petugas task group "${String(group)}"`);
      const prefix = `petugas.${String(group)}.`;
      if (!item.id.startsWith(prefix) || !/^\d{2}$/.test(item.id.slice(prefix.length))) {
        problem(`${what}: id must be "${prefix}<nn>"`);
      }
      if (item.mappingNote === null || item.mappingNote.trim() === '') problem(`${what}: needs a mappingNote`);
      if (src.skjIndicatorIds.length > 0 || src.activityCodes.length > 0) {
        problem(`${what}: a Petugas Antar Kerja item is written from its tasks, not from SKJ indicators or activities`);
      }
      for (const id of src.petugasTaskIds) {
        const task = tasks.get(id);
        if (task === undefined) problem(`${what}: unknown Petugas task "${id}"`);
        else if (task.groupId !== group) problem(`${what}: task ${id} is not in group ${String(group)}`);
      }
      continue;
    }
    const level = levels.get(item.target);
    if (level === undefined) continue; // reported with the levels
    const prefix = `pk.${item.target}.${item.subCompetencyId}.`;
    if (!item.id.startsWith(prefix) || !/^\d{2}$/.test(item.id.slice(prefix.length))) {
      problem(`${what}: id must be "${prefix}<nn>"`);
    }
    if (item.petugasGroupId !== null) problem(`${what}: a Pengantar Kerja item has no Petugas task group`);
    if (src.petugasTaskIds.length > 0) problem(`${what}: a Pengantar Kerja item is not written from Petugas tasks`);
    if (!(level.measuredSubCompetencyIds as readonly string[]).includes(s.id)) {
      problem(`${what}: sub-competency ${s.id} is not measured at ${level.id}`);
    }
    for (const id of src.skjIndicatorIds) {
      const indicator = indicators.get(id);
      if (indicator === undefined) problem(`${what}: unknown SKJ indicator "${id}"`);
      else if (indicator.skjCompetencyId !== `${level.id}.${s.competencyId}`) {
        problem(`${what}: SKJ indicator ${id} is not of ${level.id} / competency ${s.competencyId}`);
      }
    }
    for (const code of src.activityCodes) {
      const a = activities.get(code);
      if (a === undefined) problem(`${what}: unknown activity "${code}"`);
      else if (a.jenjang !== level.id) problem(`${what}: activity ${code} is of ${a.jenjang}, not ${level.id}`);
      else if (a.subCompetencyId !== s.id && !a.alternativeSubCompetencyIds.includes(s.id)) {
        problem(`${what}: activity ${code} is not mapped (proposed or alternative) to ${s.id}`);
      }
    }
  }
  return problems;
}

/** The catalogue shipped with the service, checked at import. */
export const CATALOGUE: Catalogue = loadCatalogue(SEED_DATA);

export const subCompetenciesMeasuredAt = (jenjang: Jenjang): readonly SubCompetency[] =>
  CATALOGUE.subCompetenciesMeasuredAt(jenjang);
export const competenciesMeasuredAt = (jenjang: Jenjang): readonly Competency[] =>
  CATALOGUE.competenciesMeasuredAt(jenjang);
export const subCompetenciesFor = (target: Target): readonly SubCompetency[] => CATALOGUE.subCompetenciesFor(target);
export const activitiesAt = (jenjang: Jenjang): readonly Activity[] => CATALOGUE.activitiesAt(jenjang);
export const skjAt = (jenjang: Jenjang): ReturnType<Catalogue['skjAt']> => CATALOGUE.skjAt(jenjang);
export const defaultItems = (target: Target, subCompetencyIds?: readonly string[]): readonly ItemBankItem[] =>
  CATALOGUE.defaultItems(target, subCompetencyIds);

function indexBy<T>(records: readonly T[], key: (record: T) => string): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [key(r), r]));
}

/** Indexes records by key, reporting duplicates. */
function unique<T, K>(
  records: readonly T[],
  key: (record: T) => K,
  what: string,
  problem: (message: string) => void,
): ReadonlyMap<K, T> {
  const seen = new Map<K, T>();
  for (const r of records) {
    const k = key(r);
    if (seen.has(k)) problem(`duplicate ${what} id "${String(k)}"`);
    else seen.set(k, r);
  }
  return seen;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
