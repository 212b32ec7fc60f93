import type { Language, RaterRole } from '../events/roles.js';

export interface PersonInput {
  name: string;
  email: string;
}

/** Walking-skeleton invitation: the participant and, optionally, the other three raters. */
export interface InviteParticipantRequest {
  participant: PersonInput & { unit?: string; language?: Language };
  raters?: (PersonInput & { role: Exclude<RaterRole, 'self'>; language?: Language })[];
}

export interface InvitedAssignment {
  assignmentId: string;
  role: RaterRole;
  email: string;
}

export interface InviteParticipantResponse {
  participantId: string;
  assignments: InvitedAssignment[];
}

/** Seed 000 G.2.e monitoring statuses: Belum Ada, Menunggu, Sedang Diisi, Selesai, Dibatalkan. */
export const ASSIGNMENT_STATUSES = ['pending', 'in_progress', 'submitted', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** What a rater's link shows: only its own assignment. */
export interface AssignmentView {
  assignmentId: string;
  role: RaterRole;
  status: AssignmentStatus;
  rater: { name: string };
  participant: { name: string; unit: string | null };
  submittedAt: string | null;
}

export interface SubmitResult {
  assignmentId: string;
  status: 'submitted';
  submittedAt: string;
  /** False when this call found the assignment already submitted (idempotent repeat). */
  firstSubmission: boolean;
}

/** Seed 000 G.2.e: the invitation email's fate as the monitoring page shows it (Menunggu / Terkirim / Gagal). */
export type InvitationEmailStatus = 'pending' | 'sent' | 'failed';

/** One role of a participant, as admins (and later the participant's monitoring page) see it. */
export interface AssignmentSummary {
  assignmentId: string;
  role: RaterRole;
  rater: { name: string; email: string };
  status: AssignmentStatus;
  submittedAt: string | null;
  invitationEmail: { status: InvitationEmailStatus; reason: string | null };
}
