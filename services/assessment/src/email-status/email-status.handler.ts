import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@evkin/platform';

// The newest report per assignment in the group (DISTINCT ON), and only if it is newer than the
// one already kept: whatever order reports arrive in, within a group or across groups.
const KEEP_NEWEST_SQL = `
UPDATE assessment.assignment a
   SET email_status = r.status, email_reason = r.reason, email_updated_at = r.at
  FROM (SELECT DISTINCT ON (id) id, status, reason, at
          FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS r(id, status, reason, at)
         ORDER BY id, at DESC) r
 WHERE a.id = r.id AND (a.email_updated_at IS NULL OR a.email_updated_at <= r.at)`;

/**
 * Keeps each assignment's invitation-email status (Terkirim / Gagal with the reason) for the
 * monitoring page. A bulk invite brings one report per rater: a group of them is one statement.
 */
@Injectable()
export class EmailStatusHandler implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.onGroup('email.status', async (events, manager) => {
      const invitations = events
        .map(({ event }) => event.data)
        .filter((data) => data.kind === 'invitation' && data.assignmentId !== null);
      if (invitations.length === 0) return;
      await manager.query(KEEP_NEWEST_SQL, [
        invitations.map((d) => d.assignmentId),
        invitations.map((d) => d.status),
        invitations.map((d) => d.reason),
        invitations.map((d) => d.at),
      ]);
    });
  }
}
