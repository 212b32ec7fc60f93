/**
 * Types of the regulation catalogue (the project's own seed data, copied from the seed documents)
 * and of the default Part 2 item bank. Every record has a stable string id so that it can be
 * inserted into a table as-is; every record says where it comes from (`source`).
 */

import { JENJANG, TARGETS, type Jenjang, type RaterRole, type Target } from '@evkin/contracts';

// The levels and targets are part of the shared contract (the console and reporting use them too); the
// catalogue re-exports them so its own modules and callers keep one import.
export { JENJANG, TARGETS, type Jenjang, type Target };

/** The documents the catalogue is drawn from; see `SOURCE_DOCUMENTS` for titles and file names. */
export type SourceDoc = 'seed000' | 'seed001' | 'seed003' | 'design';

/** Where a record (or one of its fields) comes from. */
export interface SourceRef {
  doc: SourceDoc;
  /** Section, table or figure inside the document, e.g. "F.1 Tabel 1" or "Lampiran II". */
  section: string;
  /** Line in the seed text file, where known. */
  line?: number;
}

export interface SourceDocument {
  id: SourceDoc;
  file: string;
  title: string;
}

export const COMPETENCY_IDS = ['k01', 'k02', 'k03', 'k04', 'k05', 'k06'] as const;
/** Competency (subunsur kompetensi), seed 000 F.1 aspects a–f / Tabel 1. */
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

export const SUB_COMPETENCY_IDS = [
  'sk01',
  'sk02',
  'sk03',
  'sk04',
  'sk05',
  'sk06',
  'sk07',
  'sk08',
  'sk09',
  'sk10',
  'sk11',
  'sk12',
  'sk13',
  'sk14',
  'sk15',
] as const;
/** Sub-competency (subkompetensi), seed 000 Tabel 1 rows 1–15. */
export type SubCompetencyId = (typeof SUB_COMPETENCY_IDS)[number];

export interface Competency {
  id: CompetencyId;
  /** The number printed in the source (1–6). */
  no: number;
  /** Name as in the F.1 aspect list. */
  name: string;
  /** Name as printed in Tabel 1 where it differs (competency 3 reads "…TKA"). */
  tableLabel: string;
  en: string;
  /** Other spellings found in the seeds, with where they were found. */
  aliases: string[];
  source: SourceRef;
}

export interface SubCompetency {
  id: SubCompetencyId;
  /** The number printed in Tabel 1 (1–15). */
  no: number;
  competencyId: CompetencyId;
  /** Name as in Tabel 1. */
  name: string;
  en: string;
  /** Label used in the sample reports (Gambar 22/24), which differs for 6, 7, 11 and 14. */
  reportLabel: string;
  /** "Penjelasan Subkompetensi" of the sample report; `null` for 1, 14 and 15 (none in the source). */
  description: string | null;
  descriptionEn: string | null;
  descriptionSource: SourceRef | null;
  /** Why there is no description, or a remark on the description as printed. */
  descriptionNote: string | null;
  source: SourceRef;
}

export interface GlossaryEntry {
  term: string;
  en: string;
  source: SourceRef;
}

/** A text from a source, with its English gloss. */
export interface SourcedText {
  text: string;
  en: string;
  source: SourceRef;
}

export interface Level {
  id: Jenjang;
  /** 1 = Ahli Pertama … 4 = Ahli Utama. */
  order: number;
  name: string;
  shortName: string;
  en: string;
  /** Competencies measured at this level (seed 000 F.1 huruf a–d). */
  measuredCompetencyIds: CompetencyId[];
  /** Sub-competencies measured at this level: those of the measured competencies (Tabel 1). */
  measuredSubCompetencyIds: SubCompetencyId[];
  /** Number of activities of this level (seed 001 Pasal 8 ayat (1)). */
  activityCount: number;
  /** Summary of the position (Ikhtisar Jabatan, seed 003). */
  ikhtisarJabatan: SourcedText;
  source: SourceRef;
}

export type OcrConfidence = 'high' | 'medium' | 'low';

/** A technical competency of the SKJ (seed 003) at one level: one per measured competency. */
export interface SkjCompetency {
  /** `<jenjang>.<competencyId>`, e.g. "ahli_muda.k02". */
  id: string;
  jenjang: Jenjang;
  competencyId: CompetencyId;
  /** Row number in the level's SKJ table (not the competency id). */
  skjNo: string;
  /** Name as printed in the SKJ table. */
  skjName: string;
  /** SKJ proficiency level (2–5), inferred from the indicator numbering. */
  proficiencyLevel: number;
  description: string;
  en: string;
  ocrConfidence: OcrConfidence;
  notes: string[];
  source: SourceRef;
}

export interface SkjIndicator {
  /** `<skjCompetencyId>.<no>`, e.g. "ahli_muda.k02.3.4". */
  id: string;
  skjCompetencyId: string;
  /** Number as printed, e.g. "3.4". */
  no: string;
  /** Verbatim (after the OCR repairs listed in the source notes), with its trailing "; dan" / "." kept. */
  text: string;
  en: string;
}

/** How sure the proposed activity → sub-competency mapping is ("forced": the subunsur has one). */
export type MappingConfidence = 'forced' | 'high' | 'medium' | 'low';

/** A work activity (butir kegiatan) of the Pengantar Kerja, seed 001 Lampiran II. */
export interface Activity {
  /** The Lampiran II code, zero-padded ("001"–"080"): the activity's stable id. */
  code: string;
  /** The code as printed, where it differs ("78" for "078"). */
  codeRaw: string | null;
  /** Item number within the subunsur, as printed. */
  no: number;
  /** The subunsur (competency) the activity belongs to. */
  competencyId: CompetencyId;
  jenjang: Jenjang;
  /** Uraian kegiatan, verbatim. */
  text: string;
  en: string;
  /** Hasil kerja (output), verbatim. */
  output: string;
  /** Angka kredit. */
  creditPoints: number;
  /** Proposed sub-competency (always inside the activity's own subunsur). */
  subCompetencyId: SubCompetencyId;
  mappingConfidence: MappingConfidence;
  alternativeSubCompetencyIds: SubCompetencyId[];
  mappingNote: string | null;
  /** Remarks on the text (differences from Pasal 8/9, source typos kept). */
  note: string | null;
  source: SourceRef;
}

export interface PetugasTaskGroup {
  /** "a"–"g". */
  id: string;
  /** Title without the trailing ", antara lain:". */
  title: string;
  titleVerbatim: string;
  en: string;
  source: SourceRef;
}

/** A task of the Petugas Antar Kerja (seed 000 F.2), the Part 1 checklist of that target. */
export interface PetugasTask {
  /** "<group>.<no>", e.g. "d.7". */
  id: string;
  groupId: string;
  no: number;
  /** Text without the trailing "; dan" / ";" / ".". */
  text: string;
  textVerbatim: string;
  en: string;
  /** Quirks of the printed text, kept as printed. */
  note: string | null;
  source: SourceRef;
}

/** An option of the Part 2 response scale. */
export interface ScaleOption {
  /** e.g. "sangat_sesuai". */
  id: string;
  /** Position in the source list (1 = Sangat sesuai). */
  order: number;
  label: string;
  en: string;
  /** Default item value (DESIGN §2; the regulation gives none). */
  defaultValue: number;
  source: SourceRef;
}

export interface SubCompetencyCategory {
  /** e.g. "sangat_baik". */
  id: string;
  /** 1 = best. */
  rank: number;
  label: string;
  en: string;
  source: SourceRef;
}

export interface ConclusionCategory {
  /** e.g. "sangat_tinggi". */
  id: string;
  rank: number;
  /** Full label, e.g. "Berkinerja Tinggi". */
  label: string;
  /** The label as listed in the source ("Tinggi"). */
  labelAsListed: string;
  en: string;
  /** Whether the full label appears verbatim in the source (only "Berkinerja Sangat Tinggi"). */
  verbatimInSource: boolean;
  source: SourceRef;
}

/** How the report shows a sub-competency outside the battery. */
export interface NotAssessedLabel {
  description: string;
  category: string;
  en: string;
  source: SourceRef;
}

export interface RaterRoleRecord {
  /** Code name, one of `RATER_ROLES` of @evkin/contracts. */
  id: RaterRole;
  /** Position in seed 000 D. */
  order: number;
  label: string;
  en: string;
  /** Respondents of this role per participant. */
  respondents: number;
  sourceText: string;
  source: SourceRef;
}

/** What an item was written from. Every id resolves (checked when the catalogue loads). */
export interface ItemSource {
  /** Written from the sub-competency's description ("Penjelasan Subkompetensi"). */
  description: boolean;
  /** SKJ indicators of the item's level and competency. */
  skjIndicatorIds: string[];
  /** Activities of the item's level mapped (proposed or alternative) to the item's sub-competency. */
  activityCodes: string[];
  /** Petugas Antar Kerja tasks of the item's group. */
  petugasTaskIds: string[];
}

/** A default Part 2 statement, rated Sangat sesuai / Sesuai / Tidak sesuai / Sangat tidak sesuai. */
export interface ItemBankItem {
  /** `pk.<jenjang>.<subCompetencyId>.<nn>` or `petugas.<group>.<nn>`. */
  id: string;
  target: Target;
  subCompetencyId: SubCompetencyId;
  /** The task group (a–g) of a Petugas Antar Kerja item; `null` for Pengantar Kerja items. */
  petugasGroupId: string | null;
  text: string;
  en: string;
  source: ItemSource;
  /** Why a Petugas Antar Kerja item measures its sub-competency; `null` for Pengantar Kerja items. */
  mappingNote: string | null;
}

/** All the seed data, as loaded. */
export interface CatalogueData {
  sourceDocuments: readonly SourceDocument[];
  competencies: readonly Competency[];
  subCompetencies: readonly SubCompetency[];
  glossary: readonly GlossaryEntry[];
  levels: readonly Level[];
  skjCompetencies: readonly SkjCompetency[];
  skjIndicators: readonly SkjIndicator[];
  activities: readonly Activity[];
  petugasTaskGroups: readonly PetugasTaskGroup[];
  petugasTasks: readonly PetugasTask[];
  scale: readonly ScaleOption[];
  subCompetencyCategories: readonly SubCompetencyCategory[];
  conclusionCategories: readonly ConclusionCategory[];
  notAssessed: NotAssessedLabel;
  raterRoles: readonly RaterRoleRecord[];
  items: readonly ItemBankItem[];
}
