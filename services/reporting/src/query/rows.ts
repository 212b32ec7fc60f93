import type { InstrumentRef, Language, RaterRole, ResultParticipant, Target } from '@evkin/contracts';
import type { ParticipantResult } from '@evkin/scoring';
import type { ResultOutcome, StoredBreakdown } from '../results/present-result.js';

/** A participant row joined with their battery and (when completed) their result. */
export interface ParticipantResultRow {
  id: string;
  battery_id: string;
  battery_name: string;
  programme: string;
  name: string;
  email: string;
  nip: string | null;
  target: Target;
  unit: string;
  province: string;
  regency: string;
  language: Language;
  completed_at: Date | null;
  instrument: InstrumentRef | null;
  outcome: ResultOutcome | null;
  breakdown: StoredBreakdown | null;
  scoring: ParticipantResult | null;
}

export const PARTICIPANT_RESULT_COLUMNS = `p.id, p.battery_id, b.name AS battery_name, b.programme, p.name, p.email,
  p.nip, p.target, p.unit, p.province, p.regency, p.language, p.completed_at,
  r.instrument, r.outcome, r.breakdown, r.scoring`;

export const PARTICIPANT_RESULT_FROM = `reporting.participant p
  JOIN reporting.battery b ON b.id = p.battery_id
  LEFT JOIN reporting.result r ON r.participant_id = p.id`;

export function resultParticipant(row: ParticipantResultRow): ResultParticipant {
  return {
    id: row.id,
    name: row.name,
    nip: row.nip,
    target: row.target,
    unit: row.unit,
    province: row.province,
    regency: row.regency,
    language: row.language,
  };
}

export interface AssignmentRow {
  id: string;
  participant_id: string;
  role: RaterRole;
  status: 'invited' | 'submitted' | 'cancelled';
  rater_name: string | null;
  rater_email: string | null;
  submitted_at: Date | null;
}
