import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@evkin/platform';

/**
 * A bulk invitation takes a battery's participants not yet invited, chunk by chunk, in import
 * order: without this index every chunk of a 50,000-participant battery re-read and sorted them all.
 */
export class UninvitedParticipants1763900200000 implements MigrationInterface {
  name = 'UninvitedParticipants1763900200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE INDEX participant_uninvited ON "${s}".participant (battery_id, created_at, id) WHERE invited_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${schemaOf(queryRunner)}".participant_uninvited`);
  }
}
