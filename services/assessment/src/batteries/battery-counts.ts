import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BatteryView } from '@evkin/contracts';

export type BatteryCountsView = BatteryView['counts'];

const NONE: BatteryCountsView = Object.freeze({ participants: 0, invited: 0, completed: 0 });

/**
 * Participants, invited and completed per battery, from the participants feature's table
 * (`participant.battery_id`, `invited_at`, `completed_at`).
 *
 * Until the migration that adds those columns has run, every count is zero: the columns are looked up in the
 * catalogue of the database, and once found they are not looked up again.
 */
@Injectable()
export class BatteryCounts {
  private columnsFound = false;

  async of(manager: EntityManager, batteryIds: readonly string[]): Promise<Map<string, BatteryCountsView>> {
    const counts = new Map(batteryIds.map((id) => [id, NONE]));
    if (batteryIds.length === 0) return counts;
    const schema = schemaOf(manager);
    if (!(await this.columnsExist(manager, schema))) return counts;
    const rows: { battery_id: string; participants: number; invited: number; completed: number }[] =
      await manager.query(
        `SELECT battery_id, count(*)::int AS participants, count(invited_at)::int AS invited,
                count(completed_at)::int AS completed
         FROM "${schema}".participant WHERE battery_id = ANY($1::uuid[]) GROUP BY battery_id`,
        [batteryIds],
      );
    for (const row of rows) {
      counts.set(row.battery_id, { participants: row.participants, invited: row.invited, completed: row.completed });
    }
    return counts;
  }

  private async columnsExist(manager: EntityManager, schema: string): Promise<boolean> {
    if (this.columnsFound) return true;
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM information_schema.columns
       WHERE table_schema = $1 AND table_name = 'participant'
         AND column_name IN ('battery_id', 'invited_at', 'completed_at')`,
      [schema],
    );
    this.columnsFound = row?.n === 3;
    return this.columnsFound;
  }
}

function schemaOf(manager: EntityManager): string {
  const schema = (manager.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('the assessment data source needs its schema');
  return schema;
}
