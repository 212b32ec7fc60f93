import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One admin change: who, when, what, on which record. Written in the change's own transaction. */
@Entity({ name: 'audit_entry' })
@Index(['at'])
export class AuditEntryRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_user_id', type: 'uuid' })
  actorUserId: string;

  @Column({ name: 'actor_email', type: 'text' })
  actorEmail: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  details: Record<string, unknown>;
}
