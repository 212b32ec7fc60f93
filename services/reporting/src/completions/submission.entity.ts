import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RaterRole } from '@evkin/contracts';

/** Reporting's own copy of each submitted assignment, built from `evaluation.submitted`. */
@Entity({ name: 'submission' })
export class Submission {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ type: 'text' })
  role: RaterRole;

  @Column({ type: 'jsonb' })
  answers: Record<string, unknown>;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}

/** A participant all four of whose raters have submitted (`evaluation.completed`). */
@Entity({ name: 'completion' })
export class Completion {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ name: 'participant_name', type: 'text' })
  participantName: string;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'jsonb' })
  roles: RaterRole[];

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt: Date;
}
