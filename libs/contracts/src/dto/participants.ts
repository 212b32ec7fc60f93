import type { Language, RaterRole } from '../events/roles.js';
import type { Target } from './catalogue.js';
import type { AssignmentStatus, InvitationEmailStatus } from './evaluation.js';

/**
 * The participant dataset (seed 000 G.2.b): columns of the import file, in this order in the
 * template. `battery` may be left empty when the import is made for one battery.
 */
export const IMPORT_COLUMNS = [
  'name',
  'nip',
  'email',
  'position',
  'unit',
  'province',
  'regency',
  'battery',
  'language',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const IMPORT_ERROR_CODES = [
  'unreadable_file',
  'empty_file',
  'too_many_rows',
  'missing_column',
  'missing_field',
  'invalid_email',
  'invalid_nip',
  'too_long',
  'formula_like',
  'unknown_level',
  'unknown_battery',
  'level_mismatch',
  'unknown_language',
  'duplicate_in_file',
  'duplicate_in_battery',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportRowError {
  /** Line of the file as a spreadsheet numbers it: the header is row 1. 0 for the whole file. */
  row: number;
  column: ImportColumn | null;
  code: ImportErrorCode;
  /** In the requester's language. */
  message: string;
  /** The offending value, as read (cut to 100 characters). */
  value: string | null;
}

export interface ImportRequest {
  fileName: string;
  /** The file's bytes, base64. CSV (UTF-8, with or without BOM; comma, semicolon or tab) or XLSX. */
  contentBase64: string;
  /** The battery for rows whose battery column is empty. */
  batteryId?: string;
  dryRun: boolean;
  language: Language;
}

export interface ImportReport {
  dryRun: boolean;
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows without errors. */
  valid: number;
  errors: ImportRowError[];
  /** Participants created: 0 on a dry run or when there is any error (all or nothing). */
  created: number;
}

export interface RoleState {
  role: RaterRole;
  /** `none` is seed 000's "Belum Ada": nobody named for this role yet. */
  status: AssignmentStatus | 'none';
  assignmentId: string | null;
  rater: { name: string; email: string; position: string | null } | null;
  invitationEmail: { status: InvitationEmailStatus; reason: string | null } | null;
  /** "Bukan Saya": the rater said the invitation is not for them. */
  notMe: { at: string; note: string | null } | null;
  submittedAt: string | null;
}

export interface ParticipantSummary {
  id: string;
  batteryId: string;
  name: string;
  nip: string | null;
  email: string;
  target: Target;
  unit: string;
  province: string;
  regency: string;
  language: Language;
  invitedAt: string | null;
  completedAt: string | null;
  roles: RoleState[];
}

export interface ParticipantQuery {
  batteryId?: string;
  province?: string;
  unit?: string;
  target?: Target;
  /** Free text on name, NIP and email. */
  q?: string;
  /** Participants with at least one role in this state. */
  roleStatus?: AssignmentStatus | 'none';
  notMe?: boolean;
  /** Participants with a live role whose invitation email bounced or failed for good. */
  emailFailed?: boolean;
  /** Invited participants whose four roles have not all submitted yet (the raters still to chase). */
  incomplete?: boolean;
  page?: number;
  pageSize?: number;
}

/** One role's counts over a set of participants: each participant counts once, by the role's current rater. */
export interface RoleProgress {
  role: RaterRole;
  /** Someone is named for the role (a current, not cancelled, assignment). */
  invited: number;
  /** Sedang Diisi. */
  started: number;
  /** Selesai. */
  done: number;
  /** Nobody named yet (Belum Ada), e.g. the service user the participant still has to add. */
  missing: number;
}

/** A province's or unit's progress. */
export interface GroupProgress {
  name: string;
  participants: number;
  /** All four roles submitted. */
  completed: number;
  roles: RoleProgress[];
}

/** A battery's campaign progress for the dashboard, counted in the database. */
export interface BatteryProgress {
  batteryId: string;
  participants: number;
  invited: number;
  completed: number;
  roles: RoleProgress[];
  /** Least complete first. */
  provinces: GroupProgress[];
  units: GroupProgress[];
  attention: {
    /** Live raters whose invitation email failed (ParticipantQuery `emailFailed`). */
    failedEmails: number;
    /** Live raters who answered Bukan Saya (`/api/admin/mismatches`). */
    notMe: number;
    /** Raters of invited participants not yet Selesai once the battery closes within `overdueWindowDays` (else 0). */
    overdue: number;
    overdueWindowDays: number;
  };
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface InviteBatteryRequest {
  batteryId: string;
  /** Only these participants; all not yet invited when omitted. */
  participantIds?: string[];
}

export interface InviteBatteryResult {
  invited: number;
  alreadyInvited: number;
}

/** A rater named by the participant (supervisor, peer) or added from the monitoring page (service user). */
export interface RaterInput {
  name: string;
  email: string;
  position?: string;
  province?: string;
  regency?: string;
  language?: Language;
}

/** A fresh link for helpdesk support: shown once; earlier links of the assignment stay valid. */
export interface IssuedLink {
  assignmentId: string | null;
  kind: 'start' | 'monitoring';
  url: string;
  expiresAt: string;
}

export interface MismatchReport {
  assignmentId: string;
  participantId: string;
  participantName: string;
  batteryId: string;
  role: RaterRole;
  rater: { name: string; email: string };
  at: string;
  note: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { userId: string; email: string };
  action: string;
  subject: { type: string; id: string | null };
  details: Record<string, unknown>;
}
