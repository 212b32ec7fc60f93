import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

export class ParticipantsAndAdmin1763870500000 implements MigrationInterface {
  name = 'ParticipantsAndAdmin1763870500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`CREATE TABLE "${s}".participant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      email text NOT NULL,
      unit text,
      language text NOT NULL DEFAULT 'id',
      completed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE TABLE "${s}".assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES "${s}".participant (id),
      role text NOT NULL CHECK (role IN ('self', 'supervisor', 'peer', 'service_user')),
      rater_name text NOT NULL,
      rater_email text NOT NULL,
      rater_language text NOT NULL DEFAULT 'id',
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'submitted', 'cancelled')),
      token_hash text NOT NULL UNIQUE,
      answers jsonb,
      submitted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX assignment_participant ON "${s}".assignment (participant_id)`);
    // At most one live assignment per role and participant; replaced ones are cancelled.
    await queryRunner.query(
      `CREATE UNIQUE INDEX assignment_live_role ON "${s}".assignment (participant_id, role) WHERE status <> 'cancelled'`,
    );
    await queryRunner.query(`CREATE TABLE "${s}".admin_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'viewer')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE TABLE "${s}".admin_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash text NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES "${s}".admin_user (id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of ['admin_session', 'admin_user', 'assignment', 'participant']) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
