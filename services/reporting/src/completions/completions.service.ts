import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RATER_ROLES, type CompletionView, type RaterRole } from '@evkin/contracts';
import { assertUuid } from '../query/participant-filter.js';

/** Whether a participant is complete, from the read model (kept by read-model/). */
@Injectable()
export class CompletionsService {
  constructor(private readonly dataSource: DataSource) {}

  async completion(participantId: string): Promise<CompletionView> {
    assertUuid('participantId', participantId);
    const rows: { completed_at: Date | null; roles: RaterRole[] | null }[] = await this.dataSource.query(
      `SELECT p.completed_at,
         (SELECT array_agg(a.role) FROM reporting.assignment a
          WHERE a.participant_id = p.id AND a.status = 'submitted') AS roles
       FROM reporting.participant p WHERE p.id = $1`,
      [participantId],
    );
    const row = rows[0];
    const completedAt = row?.completed_at ?? null;
    return {
      participantId,
      completed: completedAt !== null,
      completedAt: completedAt?.toISOString() ?? null,
      roles: completedAt === null ? [] : RATER_ROLES.filter((role) => row?.roles?.includes(role)),
    };
  }
}
