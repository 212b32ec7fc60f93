import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

/**
 * Issue 4: reminder emails, refusal of emails for closed batteries and cancelled assignments, and
 * batched sending (a delivery is claimed by one Bull job before its SMTP attempt).
 */
export class EmailRemindersAndBatches1764000000000 implements MigrationInterface {
  name = 'EmailRemindersAndBatches1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}".email_delivery
      ADD CONSTRAINT email_delivery_kind_check
        CHECK (kind IN ('invitation', 'reminder', 'submission_confirmation', 'report_ready')),
      DROP CONSTRAINT email_delivery_status_check,
      ADD CONSTRAINT email_delivery_status_check
        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped')),
      ADD COLUMN closes_at timestamptz,
      ADD COLUMN not_before timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN claimed_by text,
      ADD COLUMN claimed_at timestamptz`);
    await queryRunner.query(`DROP INDEX "${s}".email_delivery_to_enqueue`);
    await queryRunner.query(
      `CREATE INDEX email_delivery_to_enqueue ON "${s}".email_delivery (not_before) WHERE enqueued_at IS NULL AND status = 'queued'`,
    );
    await queryRunner.query(
      `CREATE INDEX email_delivery_claims ON "${s}".email_delivery (claimed_by) WHERE status = 'sending'`,
    );
    await queryRunner.query(`CREATE TABLE "${s}".cancelled_assignment (
      assignment_id uuid PRIMARY KEY,
      source_event_id uuid NOT NULL,
      cancelled_at timestamptz NOT NULL
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}".cancelled_assignment`);
    await queryRunner.query(`DROP INDEX "${s}".email_delivery_claims`);
    await queryRunner.query(`DROP INDEX "${s}".email_delivery_to_enqueue`);
    await queryRunner.query(
      `CREATE INDEX email_delivery_to_enqueue ON "${s}".email_delivery (id) WHERE enqueued_at IS NULL AND status = 'queued'`,
    );
    await queryRunner.query(`UPDATE "${s}".email_delivery SET status = 'queued' WHERE status = 'sending'`);
    await queryRunner.query(`UPDATE "${s}".email_delivery SET status = 'failed' WHERE status = 'skipped'`);
    await queryRunner.query(`ALTER TABLE "${s}".email_delivery
      DROP CONSTRAINT email_delivery_kind_check,
      DROP CONSTRAINT email_delivery_status_check,
      ADD CONSTRAINT email_delivery_status_check CHECK (status IN ('queued', 'sent', 'failed')),
      DROP COLUMN closes_at, DROP COLUMN not_before, DROP COLUMN claimed_by, DROP COLUMN claimed_at`);
  }
}
