import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InstrumentItem } from '@evkin/contracts';

/**
 * One version of a battery's instrument: the chosen sub-competencies, the Part 1 checklist and a snapshot of
 * the Part 2 statements. Frozen when a rater first saves an answer against it (the portal sets `frozen_at`);
 * from then on a change to the instrument makes version n+1, so every answer keeps the wording it was given to.
 */
@Entity({ name: 'battery_instrument' })
export class BatteryInstrumentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'battery_id', type: 'uuid' })
  batteryId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'sub_competency_ids', type: 'text', array: true })
  subCompetencyIds: string[];

  /** Activity codes ("001"–"080") or Petugas Antar Kerja task ids ("d.7"). */
  @Column({ name: 'part1_codes', type: 'text', array: true })
  part1Codes: string[];

  /** Copied from the bank when the version was written; bank edits never change it. */
  @Column({ name: 'part2_items', type: 'jsonb' })
  part2Items: InstrumentItem[];

  @Column({ name: 'frozen_at', type: 'timestamptz', nullable: true })
  frozenAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
