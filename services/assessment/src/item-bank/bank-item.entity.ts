import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BankItem, ItemOrigin, Target } from '@evkin/contracts';

/**
 * A Part 2 statement of the editable item bank: the catalogue's statements (their catalogue ids) and the
 * admins' own (`custom.<uuid>`). Batteries copy the statements they use, so edits here never reach a running
 * instrument.
 */
@Entity({ name: 'bank_item' })
export class BankItemRecord {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  target: Target;

  @Column({ name: 'sub_competency_id', type: 'text' })
  subCompetencyId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  en: string;

  @Column({ type: 'text' })
  origin: ItemOrigin;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** What a catalogue statement was written from; `null` for an admin's statement. */
  @Column({ type: 'jsonb', nullable: true })
  source: BankItem['source'];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
