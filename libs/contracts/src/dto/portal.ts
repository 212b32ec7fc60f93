import type { Language, RaterRole } from '../events/roles.js';
import type { Jenjang, Target } from './catalogue.js';
import type { AssignmentStatus } from './evaluation.js';
import type { RaterInput, RoleState } from './participants.js';

/**
 * The rater portal (DESIGN §1 journey, seed 000 G.2.c–d). A link token (from the email) only reads
 * (`GET /api/portal/link`) or starts a session (**Mulai**, `POST /api/portal/sessions`); answers
 * are written with the session token. Both travel as `Authorization: Bearer`.
 */

/** The confirmation page: what the link is for, before anything changes. */
export interface LinkView {
  assignmentId: string;
  role: RaterRole;
  status: AssignmentStatus;
  /** `language` is the invitation's language: the portal opens in it unless the visitor chose one. */
  rater: { name: string; language: Language };
  participant: { name: string; unit: string; target: Target; province: string; regency: string };
  battery: { name: string; programme: string; periodStart: string; deadline: string; closesAt: string };
  /** The competencies whose sub-competencies Part 2 covers (names as in Tabel 1). */
  competencies: { id: string; name: string; en: string }[];
  submittedAt: string | null;
  /** Set once the rater pressed Bukan Saya. */
  notMeAt: string | null;
}

export interface PortalSession {
  sessionToken: string;
  expiresAt: string;
}

export interface Part1Group {
  /** Competency id (Pengantar Kerja) or task group a–g (Petugas Antar Kerja). */
  id: string;
  title: string;
  en: string;
  items: { code: string; text: string; en: string; jenjang: Jenjang | null }[];
}

export interface Part2Section {
  subCompetencyId: string;
  competencyId: string;
  name: string;
  en: string;
  description: string | null;
  descriptionEn: string | null;
  items: { id: string; text: string; en: string }[];
}

export interface AnswerSet {
  /** Part 1: activity codes / task ids ticked. */
  part1: string[];
  /** Part 2: item id → 4 Sangat sesuai, 3 Sesuai, 2 Tidak sesuai, 1 Sangat tidak sesuai. */
  part2: Record<string, number>;
}

export interface Progress {
  part2Answered: number;
  part2Total: number;
  /** Participant only: supervisor and peer named. */
  ratersNamed: boolean | null;
  complete: boolean;
}

/** Everything the form needs after Mulai, including what was saved before (resume on any device). */
export interface FormView {
  link: LinkView;
  part1: Part1Group[];
  part2: Part2Section[];
  scale: { value: number; label: string; en: string }[];
  answers: AnswerSet;
  /** Participant only: their work location and the supervisor and peer they named. */
  raterList: {
    workLocation: { province: string; regency: string } | null;
    supervisor: RaterInput | null;
    peer: RaterInput | null;
  } | null;
  progress: Progress;
  savedAt: string | null;
}

/** The participant's rater list as `PUT /api/portal/raters` answers it. */
export type RaterListView = NonNullable<FormView['raterList']>;

/** Autosave of one section: Part 1 replaces the ticks; Part 2 merges (null clears an answer). */
export interface SaveAnswersRequest {
  part1?: string[];
  part2?: Record<string, number | null>;
}

export interface SaveResult {
  savedAt: string;
  progress: Progress;
}

/** Participant only (the rater list screen): supervisor and peer are invited when saved. */
export interface RaterListRequest {
  workLocation: { province: string; regency: string };
  supervisor: RaterInput;
  peer: RaterInput;
}

export interface MissingAnswer {
  section: 'raters' | 'part2';
  /** The sub-competency section of a missing Part 2 item. */
  subCompetencyId: string | null;
  itemId: string | null;
}

export interface PortalSubmitResult {
  assignmentId: string;
  status: 'submitted';
  submittedAt: string;
  /** False when this call found the assignment already submitted (idempotent repeat). */
  firstSubmission: boolean;
}

/** Bukti Penyelesaian (seed 000 Gambar 16) data. */
export interface ProofView {
  assignmentId: string;
  participant: { name: string; unit: string };
  role: RaterRole;
  rater: { name: string };
  competencies: string[];
  programme: string;
  batteryName: string;
  submittedAt: string;
  status: 'SUBMITTED';
}

/** Halaman Monitoring (seed 000 G.2.e), reached with the participant's monitoring link. */
export interface MonitoringView {
  participantId: string;
  participant: { name: string; unit: string; target: Target; language: Language };
  battery: { name: string; programme: string; deadline: string; closesAt: string; open: boolean };
  roles: RoleState[];
  /** All four have submitted: Unduh Laporan. */
  reportAvailable: boolean;
}
