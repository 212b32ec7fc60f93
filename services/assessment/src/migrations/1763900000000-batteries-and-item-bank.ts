import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';
import { CATALOGUE } from '@evkin/catalogue';

/**
 * The Part 2 item bank (seeded with every catalogue statement), batteries and their versioned instruments.
 * Participants and links (a later migration) reference `battery(id)` and `battery_instrument(id)`.
 */
export class BatteriesAndItemBank1763900000000 implements MigrationInterface {
  name = 'BatteriesAndItemBank1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    const targets = `('ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama', 'petugas')`;
    await queryRunner.query(`CREATE TABLE "${s}".bank_item (
      id text PRIMARY KEY,
      target text NOT NULL CHECK (target IN ${targets}),
      sub_competency_id text NOT NULL,
      text text NOT NULL,
      en text NOT NULL,
      origin text NOT NULL CHECK (origin IN ('catalogue', 'admin')),
      active boolean NOT NULL DEFAULT true,
      source jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX bank_item_scope ON "${s}".bank_item (target, sub_competency_id)`);
    // The catalogue's statements as shipped; from here on admins edit them in the table.
    await queryRunner.query(
      `INSERT INTO "${s}".bank_item (id, target, sub_competency_id, text, en, origin, source)
       SELECT id, target, "subCompetencyId", text, en, 'catalogue', source
       FROM jsonb_to_recordset($1::jsonb) AS i(id text, target text, "subCompetencyId" text, text text, en text, source jsonb)`,
      [
        JSON.stringify(
          CATALOGUE.items.map((i) => ({
            id: i.id,
            target: i.target,
            subCompetencyId: i.subCompetencyId,
            text: i.text,
            en: i.en,
            source: i.source,
          })),
        ),
      ],
    );

    await queryRunner.query(`CREATE TABLE "${s}".battery (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      programme text NOT NULL,
      period_start date NOT NULL,
      deadline date NOT NULL,
      target text NOT NULL CHECK (target IN ${targets}),
      status text NOT NULL CHECK (status IN ('active', 'inactive')),
      scoring jsonb NOT NULL,
      reminder_days int[] NOT NULL DEFAULT '{7,1}',
      current_instrument_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (deadline >= period_start)
    )`);
    // Imports name the battery of a participant: names must be unambiguous, whatever their case.
    await queryRunner.query(`CREATE UNIQUE INDEX battery_name_key ON "${s}".battery (lower(name))`);
    await queryRunner.query(`CREATE TABLE "${s}".battery_instrument (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      battery_id uuid NOT NULL REFERENCES "${s}".battery (id),
      version int NOT NULL CHECK (version >= 1),
      sub_competency_ids text[] NOT NULL,
      part1_codes text[] NOT NULL,
      part2_items jsonb NOT NULL,
      frozen_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (battery_id, version)
    )`);
    await queryRunner.query(`ALTER TABLE "${s}".battery
      ADD CONSTRAINT battery_current_instrument_fkey
      FOREIGN KEY (current_instrument_id) REFERENCES "${s}".battery_instrument (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE "${s}".battery DROP CONSTRAINT battery_current_instrument_fkey`);
    for (const table of ['battery_instrument', 'battery', 'bank_item']) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
