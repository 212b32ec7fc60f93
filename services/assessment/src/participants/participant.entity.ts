import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Language, Target } from '@evkin/contracts';
import { Assignment } from './assignment.entity.js';

/** A peserta of one battery: the officer being evaluated (seed 000 G.2.b dataset row). */
@Entity({ name: 'participant' })
export class Participant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'battery_id', type: 'uuid' })
  batteryId: string;

  /** The battery's instrument version at invitation: all four raters answer the same one. */
  @Column({ name: 'instrument_id', type: 'uuid', nullable: true })
  instrumentId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  nip: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  target: Target;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text' })
  province: string;

  @Column({ type: 'text' })
  regency: string;

  @Column({ type: 'text', default: 'id' })
  language: Language;

  /** Work location the participant confirms on the rater-list screen. */
  @Column({ name: 'work_province', type: 'text', nullable: true })
  workProvince: string | null;

  @Column({ name: 'work_regency', type: 'text', nullable: true })
  workRegency: string | null;

  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  /** Set once, when the fourth role submits; the moment `evaluation.completed` is emitted. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => Assignment, (assignment) => assignment.participant)
  assignments: Assignment[];
}
