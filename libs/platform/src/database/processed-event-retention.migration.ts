import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from './messaging-tables.migration.js';

/** Lets the consumer prune old processed-event records without scanning the whole table. */
export class ProcessedEventRetention1764650000000 implements MigrationInterface {
  name = 'ProcessedEventRetention1764650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE INDEX processed_event_processed_at ON "${schema}".processed_event (consumer, processed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${schemaOf(queryRunner)}".processed_event_processed_at`);
  }
}
