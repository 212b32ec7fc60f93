import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

export class ReadModel1763870600000 implements MigrationInterface {
  name = 'ReadModel1763870600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}".submission (
      assignment_id uuid PRIMARY KEY,
      participant_id uuid NOT NULL,
      role text NOT NULL,
      answers jsonb NOT NULL,
      submitted_at timestamptz NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX submission_participant ON "${s}".submission (participant_id)`);
    await queryRunner.query(`CREATE TABLE "${s}".completion (
      participant_id uuid PRIMARY KEY,
      participant_name text NOT NULL,
      unit text,
      roles jsonb NOT NULL,
      completed_at timestamptz NOT NULL
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}".completion`);
    await queryRunner.query(`DROP TABLE "${s}".submission`);
  }
}
