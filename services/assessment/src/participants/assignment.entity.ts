import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AssignmentStatus, InvitationEmailStatus, Language, RaterRole } from '@evkin/contracts';
import { Participant } from './participant.entity.js';

/** One rater's task of evaluating one participant in one role, reached by one link. */
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

  @Column({ name: 'rater_language', type: 'text', default: 'id' })
  raterLanguage: Language;

  @Column({ type: 'text', default: 'pending' })
  status: AssignmentStatus;

  /** SHA-256 of the link token; the token itself is never stored. */
  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** What notification last reported of the invitation email (`email.status`). */
  @Column({ name: 'email_status', type: 'text', default: 'pending' })
  emailStatus: InvitationEmailStatus;

  @Column({ name: 'email_reason', type: 'text', nullable: true })
  emailReason: string | null;

  @Column({ name: 'email_updated_at', type: 'timestamptz', nullable: true })
  emailUpdatedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, unknown> | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
