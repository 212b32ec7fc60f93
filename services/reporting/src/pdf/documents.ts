/**
 * What the PDFs print: plain data, no database, no catalogue lookups. The caller (reporting's
 * results code, from event payloads and its own copy of the catalogue) fills these in; the
 * templates only lay them out and add the fixed labels (from `@evkin/scoring` and `./text.ts`).
 *
 * Every text the caller supplies is escaped when printed: names such as `<b>Budi & "Sari"</b>`
 * come out literally.
 */
import type { Language, RaterRole } from '@evkin/contracts';
import type { ActivityProfile, Category, Target } from '@evkin/scoring';

/** The languages a PDF can be printed in: Indonesian (the default) or English. */
export type PdfLanguage = Language;

/**
 * A text supplied by the caller. Either one string, printed as is in both languages (a person's
 * name, a unit), or a text per language; when the chosen language has none (`en` missing, null or
 * empty), the Indonesian text is printed.
 */
export type LocalizedText = string | { readonly id: string; readonly en?: string | null };

/** An instant: an ISO 8601 string with a zone (as events carry it) or a Date. Printed in WIB. */
export type Instant = string | Date;

// ---------------------------------------------------------------------------------------------
// Bukti Penyelesaian Evaluasi (seed 000 G.2.d, Gambar 16)
// ---------------------------------------------------------------------------------------------

/**
 * The proof of completion a rater downloads after **Kirim Data**. Everything here is in the
 * `evaluation.submitted` event: `participant.name/unit`, `role`, `rater.name`, `competencies`,
 * `battery.programme`, `battery.name`, `submittedAt`. The status line always reads "SUBMITTED" and
 * "TERKONFIRMASI: TELAH DIKIRIM" (a proof only exists for a submitted evaluation).
 */
export interface ProofDocument {
  /** When the PDF is produced; printed "Dicetak pada 07 Nov 2025, 08:31 WIB". */
  readonly printedAt: Instant;
  /** The person evaluated (Peserta). */
  readonly participant: { readonly name: string; readonly unit: string };
  /** Who filled in this evaluation, and in which of the four roles (Peran Rater (Penilai)). */
  readonly rater: { readonly role: RaterRole; readonly name: string };
  /** Competency names of the battery's Part 2, in order, e.g. "2. Penempatan Tenaga Kerja …". */
  readonly competencies: readonly LocalizedText[];
  /** The competency-development programme evaluated (Pengembangan Kompetensi), e.g. "Simulasi PK 11-06-2025". */
  readonly programme: string;
  /** The battery's name (Baterai), e.g. "Baterai Petugas Antar Kerja 2026". */
  readonly batteryName: string;
  /** When the rater submitted (Waktu Penyelesaian); printed in WIB. */
  readonly submittedAt: Instant;
}

// ---------------------------------------------------------------------------------------------
// Laporan hasil penilaian evaluasi kinerja individual (seed 000 G.2.f, Gambar 22–24)
// ---------------------------------------------------------------------------------------------

/** Identity block of the report (from the events' `ParticipantRef`). */
export interface ReportParticipant {
  readonly name: string;
  /** Printed only when present (Pengantar Kerja are civil servants; Petugas Antar Kerja usually have none). */
  readonly nip: string | null;
  /** Instansi / unit kerja. */
  readonly unit: string;
  /** A Pengantar Kerja level, or `petugas`: picks the title, the level line and whether the activity profile is printed. */
  readonly target: Target;
  readonly province: string;
  /** Kabupaten/Kota; printed only when present. */
  readonly regency: string | null;
}

/**
 * A sub-competency's result as the report shows it. Structurally a subset of `@evkin/scoring`'s
 * `SubCompetencyResult`, so `scoreEvaluation(…).participant.subCompetencies[i]` can be passed as is.
 * - `scored`: the description and the category label (Sangat Baik … Sangat Kurang).
 * - `not_assessed` (outside the battery) and `no_answers` (in the battery, but nobody with a weight
 *   answered it): "Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja" and "-".
 */
export type ReportSubCompetencyResult =
  | { readonly status: 'scored'; readonly category: Category }
  | { readonly status: 'not_assessed' }
  | { readonly status: 'no_answers' };

export interface ReportSubCompetency {
  /** The number printed before the name (1–15 in seed 000 Tabel 1). */
  readonly no: number;
  /** The report label, e.g. "Perantara Kerja". */
  readonly name: LocalizedText;
  /** Penjelasan Subkompetensi; printed for scored rows only (null: none in the source). */
  readonly description: LocalizedText | null;
  readonly result: ReportSubCompetencyResult;
}

export interface ReportCompetency {
  /** The number printed before the name (1–6). */
  readonly no: number;
  readonly name: LocalizedText;
  /** In report order; a competency with none is not printed. */
  readonly subCompetencies: readonly ReportSubCompetency[];
}

/** KESIMPULAN: `@evkin/scoring`'s `Conclusion` fits as is. */
export interface ReportConclusion {
  readonly category: Category;
}

/**
 * The individual report. `conclusion` and `activityProfile` come straight from
 * `scoreEvaluation(…).participant` (never the admin breakdown: the report is the participant's).
 * `assembleReportDocument` (./assemble.ts) builds one from a scoring result and a catalogue.
 */
export interface ReportDocument {
  /** When the PDF is produced; printed in the footer of every page, in WIB. */
  readonly printedAt: Instant;
  readonly participant: ReportParticipant;
  /** Optional: the battery and programme, printed in the identity block when given. */
  readonly battery?: { readonly name: string; readonly programme?: string | null } | null;
  /** PROFIL EVALUASI KINERJA: competency → sub-competency rows, in report order. */
  readonly competencies: readonly ReportCompetency[];
  /** Null when no sub-competency could be scored (printed "-"). */
  readonly conclusion: ReportConclusion | null;
  /**
   * PROFIL AKTIVITAS KERJA: required for a Pengantar Kerja (`target` a level), must be null for a
   * Petugas Antar Kerja (they get no level profile).
   */
  readonly activityProfile: ActivityProfile | null;
}

// ---------------------------------------------------------------------------------------------
// Laporan hasil evaluasi kinerja of the directorate on one battery (seed 000 G.3)
// ---------------------------------------------------------------------------------------------

/**
 * The directorate's report: the admin's text for each of the four parts of seed 000 G.3, and the
 * facts and tables reporting adds from its analytics (combined results only; no per-role scores).
 */
export interface DirectorateReportDocument {
  readonly printedAt: Instant;
  readonly battery: {
    readonly name: string;
    readonly programme: string;
    /** Calendar dates (YYYY-MM-DD). */
    readonly periodStart: string;
    readonly deadline: string;
  };
  /** The levels (or Petugas Antar Kerja) of the battery's participants. */
  readonly targets: readonly Target[];
  readonly participants: { readonly total: number; readonly completed: number };
  /** Per role: invited (current assignments) and submitted. */
  readonly responseRates: readonly {
    readonly role: RaterRole;
    readonly invited: number;
    readonly submitted: number;
    readonly rate: number | null;
  }[];
  /** Per sub-competency of the battery: completed participants per category. */
  readonly categories: readonly {
    readonly no: number;
    readonly name: LocalizedText;
    readonly scored: number;
    readonly counts: Readonly<Record<Category, number>>;
  }[];
  readonly conclusions: { readonly total: number; readonly counts: Readonly<Record<Category, number>> };
  /** Participants with an activity profile (Pengantar Kerja) and how many are in Kondisi Kerja Ideal. */
  readonly workCondition: { readonly profiled: number; readonly ideal: number; readonly share: number | null };
  /** The admin's plain text per part; blank lines separate paragraphs. */
  readonly texts: {
    readonly pendahuluan: string;
    readonly pelaksanaanKegiatan: string;
    readonly analisisHasil: string;
    readonly rekomendasiTindakLanjut: string;
  };
}
