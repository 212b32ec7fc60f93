import type { CloudEvent } from './envelope.js';
import type { Language, RaterRole } from './roles.js';

/**
 * The event catalogue: routing key → payload. This map is the contract with integrators
 * (docs/events.md); changing a payload incompatibly means a new `.vN` type, never an edit.
 */
export interface EventCatalogue {
  'evaluation.invited': EvaluationInvitedV1;
  'evaluation.submitted': EvaluationSubmittedV1;
  'evaluation.completed': EvaluationCompletedV1;
  'email.status': EmailStatusV1;
}

export type RoutingKey = keyof EventCatalogue;

/** CloudEvents `type` per routing key, versioned by suffix. */
export const EVENT_TYPES = {
  'evaluation.invited': 'id.evkin.evaluation.invited.v1',
  'evaluation.submitted': 'id.evkin.evaluation.submitted.v1',
  'evaluation.completed': 'id.evkin.evaluation.completed.v1',
  'email.status': 'id.evkin.email.status.v1',
} as const satisfies Record<RoutingKey, string>;

export const ROUTING_KEYS = Object.keys(EVENT_TYPES) as RoutingKey[];

export type EvkinEvent<K extends RoutingKey> = CloudEvent<(typeof EVENT_TYPES)[K], EventCatalogue[K]>;

export interface PersonRef {
  name: string;
  email: string;
}

/** Everything the invitation email needs, so notification never reads assessment's data. */
export interface EvaluationInvitedV1 {
  assignmentId: string;
  participantId: string;
  role: RaterRole;
  rater: PersonRef & { language: Language };
  participant: { name: string; unit: string | null };
  battery: { id: string; name: string; periodStart: string; deadline: string } | null;
  /** The invitation link carries the raw token; it exists only in this event and the email. */
  links: { start: string; monitoring: string | null };
}

export interface EvaluationSubmittedV1 {
  assignmentId: string;
  participantId: string;
  role: RaterRole;
  rater: PersonRef & { language: Language };
  submittedAt: string;
  answers: Record<string, unknown>;
}

export interface EvaluationCompletedV1 {
  participantId: string;
  participant: PersonRef & { unit: string | null; language: Language };
  /** The participant's Halaman Monitoring, where the report is downloaded; null until links exist. */
  links: { monitoring: string | null };
  completedAt: string;
  assignments: { assignmentId: string; role: RaterRole; submittedAt: string }[];
}

export const EMAIL_KINDS = ['invitation', 'submission_confirmation', 'report_ready'] as const;
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
