import type { CloudEvent } from './envelope.js';
import type { Language, RaterRole } from './roles.js';
import type { Target } from '../dto/catalogue.js';
import type { ScoringSettingsDto } from '../dto/battery.js';
import type { ActivityProfileOutcome, ConclusionOutcome, SubCompetencyOutcome } from '../dto/results.js';

/**
 * The event catalogue: routing key → payload. This map is the contract with integrators
 * (docs/events.md); changing a payload incompatibly means a new `.vN` type, never an edit.
 */
export interface EventCatalogue {
  'evaluation.invited': EvaluationInvitedV1;
  'evaluation.cancelled': EvaluationCancelledV1;
  'evaluation.reminder': EvaluationReminderV1;
  'evaluation.submitted': EvaluationSubmittedV1;
  'evaluation.completed': EvaluationCompletedV1;
  'evaluation.scored': EvaluationScoredV1;
  'email.status': EmailStatusV1;
}

export type RoutingKey = keyof EventCatalogue;

/** CloudEvents `type` per routing key, versioned by suffix. */
export const EVENT_TYPES = {
  'evaluation.invited': 'id.evkin.evaluation.invited.v1',
  'evaluation.cancelled': 'id.evkin.evaluation.cancelled.v1',
  'evaluation.reminder': 'id.evkin.evaluation.reminder.v1',
  'evaluation.submitted': 'id.evkin.evaluation.submitted.v1',
  'evaluation.completed': 'id.evkin.evaluation.completed.v1',
  'evaluation.scored': 'id.evkin.evaluation.scored.v1',
  'email.status': 'id.evkin.email.status.v1',
} as const satisfies Record<RoutingKey, string>;

export const ROUTING_KEYS = Object.keys(EVENT_TYPES) as RoutingKey[];

export type EvkinEvent<K extends RoutingKey> = CloudEvent<(typeof EVENT_TYPES)[K], EventCatalogue[K]>;

export interface PersonRef {
  name: string;
  email: string;
}

/** The participant as events carry them: enough for emails, reports and analytics filters. */
export interface ParticipantRef {
  id: string;
  name: string;
  email: string;
  nip: string | null;
  target: Target;
  unit: string;
  province: string;
  regency: string;
  language: Language;
}

export interface BatteryRef {
  id: string;
  name: string;
  programme: string;
  periodStart: string;
  deadline: string;
  /** End of the deadline day in WIB: links stop working, reminders stop. */
  closesAt: string;
}

/**
 * Everything the invitation (or resend / reminder) email needs, so notification never reads
 * assessment's data. Emitted per assignment on invitation and on resend (`reason`).
 */
export interface EvaluationInvitedV1 {
  assignmentId: string;
  participantId: string;
  role: RaterRole;
  reason: 'invitation' | 'resend';
  rater: PersonRef & { language: Language; position: string | null };
  participant: ParticipantRef;
  battery: BatteryRef;
  /** The link carries the raw token; it exists only in this event and the email. */
  links: { start: string; monitoring: string | null };
}

/** An assignment revoked: its rater was replaced (Ganti). Its links no longer work. */
export interface EvaluationCancelledV1 {
  assignmentId: string;
  participantId: string;
  batteryId: string;
  role: RaterRole;
  replacedBy: string | null;
  at: string;
}

/**
 * A reminder round (scheduled, seed 000 G.2.e, or triggered by an admin). One event per rater not yet
 * Selesai; the participant's event (`role: 'self'`) lists the roles still missing for the nudge.
 * `links.start` is a fresh link to the same assignment (earlier links stay valid).
 */
export interface EvaluationReminderV1 {
  roundId: string;
  assignmentId: string;
  participantId: string;
  role: RaterRole;
  rater: PersonRef & { language: Language };
  participant: ParticipantRef;
  battery: BatteryRef;
  daysLeft: number;
  links: { start: string; monitoring: string | null };
  /** For the participant's nudge: other roles not yet submitted (with the rater's name when named). */
  missing: { role: RaterRole; raterName: string | null }[];
}

export interface SubmittedAnswers {
  /** Part 1: activity codes / Petugas task ids ticked. */
  part1: string[];
  /** Part 2: item id → 1..4. */
  part2: Record<string, number>;
}

export interface EvaluationSubmittedV1 {
  assignmentId: string;
  participantId: string;
  role: RaterRole;
  rater: PersonRef & { language: Language };
  participant: ParticipantRef;
  battery: BatteryRef;
  /** Competency names of the battery's Part 2 (for Bukti Penyelesaian). */
  competencies: string[];
  submittedAt: string;
  answers: SubmittedAnswers;
}

/** The battery's instrument and scoring settings, as the report is computed from them. */
export interface InstrumentRef {
  id: string;
  version: number;
  target: Target;
  subCompetencyIds: string[];
  part1Codes: string[];
  part2Items: { id: string; subCompetencyId: string }[];
  scoring: ScoringSettingsDto;
}

export interface EvaluationCompletedV1 {
  participantId: string;
  participant: ParticipantRef;
  battery: BatteryRef;
  instrument: InstrumentRef;
  /** The participant's Halaman Monitoring, where the report is downloaded. */
  links: { monitoring: string | null };
  completedAt: string;
  assignments: {
    assignmentId: string;
    role: RaterRole;
    rater: PersonRef;
    submittedAt: string;
    answers: SubmittedAnswers;
  }[];
}

/**
 * The participant's result, computed by reporting once all four raters submitted (after
 * `evaluation.completed`). Combined results only: the per-role breakdown never leaves reporting's
 * admin views (DESIGN §2 confidentiality). Emitted once per participant.
 */
export interface EvaluationScoredV1 {
  participantId: string;
  participant: ParticipantRef;
  battery: BatteryRef;
  instrument: { id: string; version: number };
  completedAt: string;
  scoredAt: string;
  /** The 15 sub-competencies of seed 000 Tabel 1 ("sk01" … "sk15"), in report order. */
  subCompetencies: SubCompetencyOutcome[];
  conclusion: ConclusionOutcome | null;
  /** Pengantar Kerja only. */
  activityProfile: ActivityProfileOutcome | null;
}

export const EMAIL_KINDS = ['invitation', 'reminder', 'submission_confirmation', 'report_ready'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/**
 * The fate of one email, for the monitoring page (Terkirim / Gagal with the reason). Emitted by
 * notification when the SMTP server accepted the message, or when sending failed for good.
 */
export interface EmailStatusV1 {
  deliveryId: string;
  /** The event that asked for the email (e.g. the `evaluation.invited` id). */
  sourceEventId: string;
  kind: EmailKind;
  assignmentId: string | null;
  participantId: string | null;
  to: string;
  status: 'sent' | 'failed';
  /** The SMTP server's answer when it failed (e.g. "550 5.1.1 mailbox unavailable"). */
  reason: string | null;
  attempts: number;
  at: string;
}
