import type { Language, RaterRole } from '../events/roles.js';
import type { Jenjang, Target } from './catalogue.js';
import type { Page } from './participants.js';

/**
 * Results, analytics and exports (services/reporting: results/, analytics/, exports/). Sub-competency
 * ids are the catalogue's ("sk01" … "sk15"). Indices are shown values: 0–100, one decimal, rounded so
 * the number never contradicts its category (libs/scoring presentIndex).
 *
 * Confidentiality (DESIGN §2): `ParticipantResultView` holds combined results only and is what the
 * participant, their report, integrators (`evaluation.scored`) and viewers see. The per-role breakdown
 * and the self-vs-others gap (`ResultBreakdown`, `AnalyticsGap`) are for the `admin` role only.
 */

/** Sub-competency categories and conclusion levels, best first (Sangat Baik … Sangat Kurang). */
export const RESULT_CATEGORIES = ['sangat_baik', 'baik', 'sedang', 'kurang', 'sangat_kurang'] as const;
export type ResultCategory = (typeof RESULT_CATEGORIES)[number];

/** Kondisi Kerja Ideal: at least 75% of the counted Part 1 activities are at the participant's own level. */
export const WORK_CONDITIONS = ['ideal', 'less_than_ideal'] as const;
export type WorkConditionCode = (typeof WORK_CONDITIONS)[number];

/**
 * One row of the report table. `not_assessed`: outside the battery (category "-"); `no_answers`: in
 * the battery, but nobody with a weight answered its items (shown like not assessed).
 */
export interface SubCompetencyOutcome {
  subCompetencyId: string;
  status: 'scored' | 'not_assessed' | 'no_answers';
  /** Null unless scored. */
  index: number | null;
  category: ResultCategory | null;
}

/** KESIMPULAN: the mean index of the scored sub-competencies, with the same bands. */
export interface ConclusionOutcome {
  index: number;
  category: ResultCategory;
  scoredCount: number;
}

/** PROFIL AKTIVITAS KERJA (Pengantar Kerja only). Percentages are whole numbers as printed. */
export interface ActivityProfileOutcome {
  mode: 'self' | 'majority';
  jenjang: Jenjang;
  total: number;
  rows: { jenjang: Jenjang; count: number; percent: number }[];
  ownLevelCount: number;
  ownLevelPercent: number;
  condition: WorkConditionCode;
}

/** The participant as results show them (no email: results are read by viewers and integrators too). */
export interface ResultParticipant {
  id: string;
  name: string;
  nip: string | null;
  target: Target;
  unit: string;
  province: string;
  regency: string;
  language: Language;
}

/** Combined results only: safe for the participant, their report, viewers and integrators. */
export interface ParticipantResultView {
  participant: ResultParticipant;
  battery: { id: string; name: string; programme: string };
  instrument: { id: string; version: number };
  completedAt: string;
  /** The 15 sub-competencies of seed 000 Tabel 1, in report order. */
  subCompetencies: SubCompetencyOutcome[];
  /** Null only when nothing could be scored. */
  conclusion: ConclusionOutcome | null;
  /** Null for a Petugas Antar Kerja. */
  activityProfile: ActivityProfileOutcome | null;
}

/** One role's score in one sub-competency (admin only: with one rater per role it identifies them). */
export interface RoleScoreView {
  index: number;
  answeredItems: number;
}

export interface ResultBreakdown {
  /** One row per assessed sub-competency, in report order. */
  subCompetencies: {
    subCompetencyId: string;
    byRole: Record<RaterRole, RoleScoreView | null>;
    othersIndex: number | null;
    /** Self index minus the others' index: positive when the participant rates themself higher. */
    selfVsOthersGap: number | null;
  }[];
  overall: { byRole: Record<RaterRole, number | null>; selfVsOthersGap: number | null };
  raters: { role: RaterRole; name: string; email: string; submittedAt: string }[];
}

/** `results.get`: `breakdown` is present for the `admin` role only, null for viewers. */
export interface AdminResultView extends ParticipantResultView {
  breakdown: ResultBreakdown | null;
}

export type ResultStatus = 'in_progress' | 'completed';

/** Filters shared by results lists, analytics and exports. `target` is the level (or Petugas). */
export interface ResultFilter {
  province?: string;
  unit?: string;
  target?: Target;
}

export interface ResultQuery extends ResultFilter {
  batteryId: string;
  status?: ResultStatus;
  /** Free text on name and NIP. */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** One participant of a battery in the results table. */
export interface ResultSummary {
  participant: ResultParticipant;
  status: ResultStatus;
  /** Roles with a submitted (not cancelled) assignment. */
  submittedRoles: RaterRole[];
  completedAt: string | null;
  conclusion: ConclusionOutcome | null;
  condition: WorkConditionCode | null;
}

export type ResultPage = Page<ResultSummary>;

export interface RoleResponseRate {
  role: RaterRole;
  /** Current assignments of this role (a replaced rater's cancelled assignment is not counted). */
  invited: number;
  submitted: number;
  /** Assignments cancelled because the rater was replaced (Ganti). */
  cancelled: number;
  /** submitted / invited, 0–100 with one decimal; null when nobody was invited. */
  rate: number | null;
}

export interface CategoryDistribution {
  subCompetencyId: string;
  /** Completed participants with a category in this sub-competency. */
  scored: number;
  counts: Record<ResultCategory, number>;
}

/** Self-vs-others gap of one sub-competency over the completed participants (admin only). */
export interface AnalyticsGap {
  subCompetencyId: string;
  /** Participants where both the self index and the others' index exist. */
  participants: number;
  /** Mean of their gaps, one decimal; null when none. */
  meanGap: number | null;
}

export interface BatteryAnalytics {
  batteryId: string;
  filter: ResultFilter;
  participants: { total: number; completed: number };
  responseRates: RoleResponseRate[];
  /** Only sub-competencies of the battery. */
  categories: CategoryDistribution[];
  conclusions: { total: number; counts: Record<ResultCategory, number> };
  /** Pengantar Kerja with an activity profile; share of them in Kondisi Kerja Ideal, 0–100 one decimal. */
  workCondition: { profiled: number; ideal: number; share: number | null };
  /** Null for viewers (admin only). */
  selfVsOthersGap: AnalyticsGap[] | null;
  /** Values seen in the battery, for the filter drop-downs. */
  options: { provinces: string[]; units: string[]; targets: Target[] };
}

export const RESULT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ResultExportFormat = (typeof RESULT_EXPORT_FORMATS)[number];

/** A file handed from reporting to the gateway over RPC; the gateway sends the bytes. */
export interface FileDownload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/**
 * The reports of a battery are zipped in parts of at most `REPORTS_ARCHIVE_PART_SIZE` participants
 * (an RPC reply carries the bytes, base64, so one reply must stay well under RabbitMQ's frame limits).
 */
export const REPORTS_ARCHIVE_PART_SIZE = 100;

export interface ReportsArchive extends FileDownload {
  part: number;
  parts: number;
  /** Reports in this part. */
  count: number;
}

/**
 * The directorate's report on a battery (seed 000 G.3), in the order the regulation gives its parts:
 * pendahuluan, pelaksanaan kegiatan, analisis hasil evaluasi kinerja, rekomendasi dan tindak lanjut.
 * The admin writes the text of each part; reporting adds the facts and the tables of the analytics.
 */
export const DIRECTORATE_REPORT_SECTIONS = [
  'pendahuluan',
  'pelaksanaanKegiatan',
  'analisisHasil',
  'rekomendasiTindakLanjut',
] as const;
export type DirectorateReportSection = (typeof DIRECTORATE_REPORT_SECTIONS)[number];

/** Longest text of one part (characters); a few pages of prose. */
export const DIRECTORATE_REPORT_TEXT_MAX = 20_000;

/** `POST /api/admin/batteries/:id/directorate-report.pdf`: plain text per part; blank lines separate paragraphs. */
export interface DirectorateReportRequest {
  sections: Record<DirectorateReportSection, string>;
}
