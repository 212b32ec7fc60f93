import type { RaterRole } from '@evkin/contracts';
import type { ProofDocument } from '../pdf/documents.js';

/** A submitted assignment with what its Bukti Penyelesaian prints (all of it from `evaluation.submitted`). */
export interface ProofRow {
  role: RaterRole;
  rater_name: string | null;
  submitted_at: Date;
  competencies: string[] | null;
  participant_name: string;
  unit: string;
  battery_name: string;
  programme: string;
}

export function proofDocumentFor(row: ProofRow, printedAt: Date): ProofDocument {
  return {
    printedAt,
    participant: { name: row.participant_name, unit: row.unit },
    rater: { role: row.role, name: row.rater_name ?? '' },
    competencies: row.competencies ?? [],
    programme: row.programme,
    batteryName: row.battery_name,
    submittedAt: row.submitted_at,
  };
}
