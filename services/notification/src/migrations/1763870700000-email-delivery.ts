import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

export class EmailDelivery1763870700000 implements MigrationInterface {
  name = 'EmailDelivery1763870700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}".email_delivery (
      id text PRIMARY KEY,
      source_event_id uuid NOT NULL,
      correlation_id text NOT NULL,
      kind text NOT NULL,
      assignment_id uuid,
      participant_id uuid,
      to_address text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      enqueued_at timestamptz,
      status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
      attempts int NOT NULL DEFAULT 0,
      last_error text,
      sent_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX email_delivery_assignment ON "${s}".email_delivery (assignment_id)`);
    await queryRunner.query(
      `CREATE INDEX email_delivery_to_enqueue ON "${s}".email_delivery (id) WHERE enqueued_at IS NULL AND status = 'queued'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${schemaOf(queryRunner)}".email_delivery`);
  }
}
