import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AssignmentStatus, InvitationEmailStatus, Language, RaterRole } from '@evkin/contracts';
import { Participant } from './participant.entity.js';

/** One rater's task of evaluating one participant in one role, reached by its links. */
@Entity({ name: 'assignment' })
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, (participant) => participant.assignments)
  @JoinColumn({ name: 'participant_id' })
  participant: Participant;

  @Column({ type: 'text' })
  role: RaterRole;

  @Column({ name: 'rater_name', type: 'text' })
  raterName: string;

  @Column({ name: 'rater_email', type: 'text' })
  raterEmail: string;

  @Column({ name: 'rater_position', type: 'text', nullable: true })
  raterPosition: string | null;

  @Column({ name: 'rater_province', type: 'text', nullable: true })
  raterProvince: string | null;

  @Column({ name: 'rater_regency', type: 'text', nullable: true })
  raterRegency: string | null;

  @Column({ name: 'rater_language', type: 'text', default: 'id' })
  raterLanguage: Language;

  @Column({ type: 'text', default: 'pending' })
  status: AssignmentStatus;

  /** What notification last reported of the invitation email (`email.status`). */
  @Column({ name: 'email_status', type: 'text', default: 'pending' })
  emailStatus: InvitationEmailStatus;

  @Column({ name: 'email_reason', type: 'text', nullable: true })
  emailReason: string | null;

  @Column({ name: 'email_updated_at', type: 'timestamptz', nullable: true })
  emailUpdatedAt: Date | null;

  /** Part 1 ticks: activity codes or Petugas task ids. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  part1: string[];

  /** Part 2 answers: item id → 1..4. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  part2: Record<string, number>;

  @Column({ name: 'answers_saved_at', type: 'timestamptz', nullable: true })
  answersSavedAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'replaced_by', type: 'uuid', nullable: true })
  replacedBy: string | null;

  /** "Bukan Saya": the rater said the invitation is not for them. */
  @Column({ name: 'not_me_at', type: 'timestamptz', nullable: true })
  notMeAt: Date | null;

  @Column({ name: 'not_me_note', type: 'text', nullable: true })
  notMeNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
