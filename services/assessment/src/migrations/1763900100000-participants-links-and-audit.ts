import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

/**
 * The participant dataset bound to batteries, assignments with answers, links (several per
 * assignment: invitation, resend, reminder, helpdesk), portal sessions, monitoring links, reminder
 * rounds and the audit log. Replaces the walking skeleton's participant and assignment tables,
 * which held no battery and no answers (nothing of them is worth keeping).
 */
export class ParticipantsLinksAndAudit1763900100000 implements MigrationInterface {
  name = 'ParticipantsLinksAndAudit1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}".assignment`);
    await queryRunner.query(`DROP TABLE "${s}".participant`);
    await queryRunner.query(`CREATE TABLE "${s}".participant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      battery_id uuid NOT NULL REFERENCES "${s}".battery (id),
      instrument_id uuid REFERENCES "${s}".battery_instrument (id),
      name text NOT NULL,
      nip text,
      email text NOT NULL,
      target text NOT NULL,
      unit text NOT NULL,
      province text NOT NULL,
      regency text NOT NULL,
      language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
      work_province text,
      work_regency text,
      invited_at timestamptz,
      completed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (battery_id, email)
    )`);
    await queryRunner.query(`CREATE INDEX participant_filters ON "${s}".participant (battery_id, province, unit)`);
    // An import checks its file's emails against every battery at once.
    await queryRunner.query(`CREATE INDEX participant_email ON "${s}".participant (email)`);
    await queryRunner.query(`CREATE TABLE "${s}".assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES "${s}".participant (id),
      role text NOT NULL CHECK (role IN ('self', 'supervisor', 'peer', 'service_user')),
      rater_name text NOT NULL,
      rater_email text NOT NULL,
      rater_position text,
      rater_province text,
      rater_regency text,
      rater_language text NOT NULL DEFAULT 'id' CHECK (rater_language IN ('id', 'en')),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'submitted', 'cancelled')),
      email_status text NOT NULL DEFAULT 'pending' CHECK (email_status IN ('pending', 'sent', 'failed')),
      email_reason text,
      email_updated_at timestamptz,
      part1 text[] NOT NULL DEFAULT '{}',
      part2 jsonb NOT NULL DEFAULT '{}',
      answers_saved_at timestamptz,
      started_at timestamptz,
      submitted_at timestamptz,
      cancelled_at timestamptz,
      replaced_by uuid,
      not_me_at timestamptz,
      not_me_note text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX assignment_participant ON "${s}".assignment (participant_id)`);
    // At most one live assignment per role and participant; replaced ones are cancelled.
    await queryRunner.query(
      `CREATE UNIQUE INDEX assignment_live_role ON "${s}".assignment (participant_id, role) WHERE status <> 'cancelled'`,
    );
    await queryRunner.query(`CREATE TABLE "${s}".assignment_link (
      token_hash text PRIMARY KEY,
      assignment_id uuid NOT NULL REFERENCES "${s}".assignment (id),
      kind text NOT NULL CHECK (kind IN ('invitation', 'resend', 'reminder', 'helpdesk')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX assignment_link_assignment ON "${s}".assignment_link (assignment_id)`);
    await queryRunner.query(`CREATE TABLE "${s}".monitoring_link (
      token_hash text PRIMARY KEY,
      participant_id uuid NOT NULL REFERENCES "${s}".participant (id),
      kind text NOT NULL CHECK (kind IN ('invitation', 'resend', 'reminder', 'helpdesk', 'report')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE TABLE "${s}".portal_session (
      token_hash text PRIMARY KEY,
      assignment_id uuid NOT NULL REFERENCES "${s}".assignment (id),
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX portal_session_expiry ON "${s}".portal_session (expires_at)`);
    await queryRunner.query(`CREATE TABLE "${s}".reminder_round (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      battery_id uuid NOT NULL REFERENCES "${s}".battery (id),
      days_before integer,
      triggered_by text,
      reminded integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // A scheduled round runs once per battery and day; admin-triggered rounds (days_before null) any time.
    await queryRunner.query(
      `CREATE UNIQUE INDEX reminder_round_scheduled ON "${s}".reminder_round (battery_id, days_before) WHERE days_before IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TABLE "${s}".audit_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid NOT NULL,
      actor_email text NOT NULL,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    )`);
    await queryRunner.query(`CREATE INDEX audit_entry_at ON "${s}".audit_entry (at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    for (const table of [
      'audit_entry',
      'reminder_round',
      'portal_session',
      'monitoring_link',
      'assignment_link',
      'assignment',
      'participant',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
