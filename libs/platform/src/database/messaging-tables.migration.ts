import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and the processed-event log, in the schema of the service that runs it. */
export class MessagingTables1763870400000 implements MigrationInterface {
  name = 'MessagingTables1763870400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner);
    await queryRunner.query(`CREATE TABLE "${schema}".outbox (
      id uuid PRIMARY KEY,
      routing_key text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX outbox_created_at ON "${schema}".outbox (created_at, id)`);
    await queryRunner.query(`CREATE TABLE "${schema}".processed_event (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE "${schema}".processed_event`);
    await queryRunner.query(`DROP TABLE "${schema}".outbox`);
  }
}

export function schemaOf(queryRunner: QueryRunner): string {
  const schema = (queryRunner.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('migrations need the data source schema (the service name)');
  return schema;
}
