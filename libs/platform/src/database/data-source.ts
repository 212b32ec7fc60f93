import { DataSource, type MixedList, type EntitySchema, type MigrationInterface } from 'typeorm';
import { OutboxMessage, ProcessedEvent } from '../messaging/outbox.entity.js';
import { MessagingTables1763870400000 } from './messaging-tables.migration.js';
import { ProcessedEventRetention1764650000000 } from './processed-event-retention.migration.js';

type EntityList = MixedList<Function | string | EntitySchema>;
type MigrationClass = new () => MigrationInterface;

export interface ServiceDatabase {
  /** Also the PostgreSQL schema that holds every table of the service. */
  schema: string;
  entities: Function[];
  migrations: MigrationClass[];
}

export function dataSourceOptions(url: string, database: ServiceDatabase) {
  return {
    type: 'postgres' as const,
    url,
    schema: database.schema,
    entities: [...database.entities, OutboxMessage, ProcessedEvent] as EntityList,
    migrations: [MessagingTables1763870400000, ProcessedEventRetention1764650000000, ...database.migrations],
    migrationsTableName: 'migrations',
    synchronize: false,
    // The service's schema first on the search path, so hand-written SQL can name tables plainly.
    extra: {
      max: 10,
      application_name: `evkin-${database.schema}`,
      options: `-c search_path=${database.schema},public`,
    },
  };
}

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so concurrent runs (two pods
 * starting, a Job and `npm start`) apply each migration exactly once.
 */
export async function runMigrations(url: string, database: ServiceDatabase): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, database));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`evkin.migrations.${database.schema}`]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${database.schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`evkin.migrations.${database.schema}`])
      .catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
