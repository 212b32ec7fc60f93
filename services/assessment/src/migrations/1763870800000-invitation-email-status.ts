import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

export class InvitationEmailStatus1763870800000 implements MigrationInterface {
  name = 'InvitationEmailStatus1763870800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}".assignment
      ADD COLUMN email_status text NOT NULL DEFAULT 'pending' CHECK (email_status IN ('pending', 'sent', 'failed')),
      ADD COLUMN email_reason text,
      ADD COLUMN email_updated_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `ALTER TABLE "${s}".assignment DROP COLUMN email_status, DROP COLUMN email_reason, DROP COLUMN email_updated_at`,
    );
  }
}
