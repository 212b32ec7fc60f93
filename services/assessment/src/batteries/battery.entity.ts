import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BatteryStatus, ScoringSettingsDto, Target } from '@evkin/contracts';

/**
 * A baterai (seed 000 G.1.c): name, period, target level, status and, through `currentInstrumentId`, the
 * instrument raters fill in now. Fields outside the instrument change in place.
 */
@Entity({ name: 'battery' })
export class BatteryRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  programme: string;

  /** Calendar dates in WIB, as `YYYY-MM-DD` (PostgreSQL `date`; no time zone to get wrong). */
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'text' })
  target: Target;

  @Column({ type: 'text' })
  status: BatteryStatus;

  /** The full settings (defaults with the battery's overrides applied), so scoring never depends on today's defaults. */
  @Column({ type: 'jsonb' })
  scoring: ScoringSettingsDto;

  @Column({ name: 'reminder_days', type: 'int', array: true })
  reminderDays: number[];

  @Column({ name: 'current_instrument_id', type: 'uuid', nullable: true })
  currentInstrumentId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
