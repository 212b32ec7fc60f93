import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

/**
 * Reporting's read model of batteries, participants and assignments, and the computed results.
 * Replaces the walking skeleton's `submission` and `completion` tables: everything they held is
 * rebuilt from the events, which now carry the identities reports and analytics filter on.
 */
export class ResultsReadModel1764000000000 implements MigrationInterface {
  name = 'ResultsReadModel1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE IF EXISTS "${s}".completion`);
    await queryRunner.query(`DROP TABLE IF EXISTS "${s}".submission`);
    await queryRunner.query(`CREATE TABLE "${s}".battery (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      programme text NOT NULL,
      period_start text NOT NULL,
      deadline text NOT NULL,
      closes_at timestamptz NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE "${s}".participant (
      id uuid PRIMARY KEY,
      battery_id uuid NOT NULL,
      name text NOT NULL,
      email text NOT NULL,
      nip text,
      target text NOT NULL,
      unit text NOT NULL,
      province text NOT NULL,
      regency text NOT NULL,
      language text NOT NULL,
      completed_at timestamptz
    )`);
    await queryRunner.query(`CREATE INDEX participant_battery ON "${s}".participant (battery_id, province, unit)`);
    // Rater columns are nullable: a cancellation may be consumed before the invitation it cancels.
    await queryRunner.query(`CREATE TABLE "${s}".assignment (
      id uuid PRIMARY KEY,
      participant_id uuid NOT NULL,
      battery_id uuid NOT NULL,
      role text NOT NULL,
      status text NOT NULL CHECK (status IN ('invited', 'submitted', 'cancelled')),
      rater_name text,
      rater_email text,
      rater_language text,
      invited_at timestamptz,
      submitted_at timestamptz,
      cancelled_at timestamptz,
      answers jsonb,
      competencies jsonb
    )`);
    await queryRunner.query(`CREATE INDEX assignment_participant ON "${s}".assignment (participant_id)`);
    await queryRunner.query(`CREATE INDEX assignment_battery ON "${s}".assignment (battery_id, role)`);
    await queryRunner.query(`CREATE TABLE "${s}".result (
      participant_id uuid PRIMARY KEY,
      battery_id uuid NOT NULL,
      instrument jsonb NOT NULL,
      outcome jsonb NOT NULL,
      breakdown jsonb NOT NULL,
      scoring jsonb NOT NULL,
      conclusion_category text,
      work_condition text,
      completed_at timestamptz NOT NULL,
      scored_at timestamptz NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX result_battery ON "${s}".result (battery_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of ['result', 'assignment', 'participant', 'battery']) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
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
}
