import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@evkin/contracts';
import { Assignment } from './assignment.entity.js';

/** A peserta: the officer being evaluated. */
@Entity({ name: 'participant' })
export class Participant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'text', default: 'id' })
  language: Language;

  /** Set once, when the fourth role submits; the moment `evaluation.completed` is emitted. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => Assignment, (assignment) => assignment.participant)
  assignments: Assignment[];
}
