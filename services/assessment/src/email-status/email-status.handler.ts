import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@evkin/platform';

/**
 * Keeps each assignment's invitation-email status (Terkirim / Gagal with the reason) for the
 * monitoring page. Only a newer report overwrites an older one, whatever order they arrive in.
 */
@Injectable()
export class EmailStatusHandler implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.on('email.status', async ({ data }, manager) => {
      if (data.kind !== 'invitation' || !data.assignmentId) return;
      await manager.query(
        `UPDATE assessment.assignment SET email_status = $1, email_reason = $2, email_updated_at = $3
          WHERE id = $4 AND (email_updated_at IS NULL OR email_updated_at <= $3)`,
        [data.status, data.reason, data.at, data.assignmentId],
      );
    });
  }
}
