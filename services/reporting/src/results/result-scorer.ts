import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EvaluationCompletedV1 } from '@evkin/contracts';
import { OutboxService } from '@evkin/platform';
import { scoreEvaluation } from '@evkin/scoring';
import { presentOutcome, storeBreakdown } from './present-result.js';
import { scoringInputFrom } from './score-completion.js';

/**
 * Computes a completed participant's result once, stores it with the admin-only breakdown, and
 * announces the combined result (`evaluation.scored`) through the outbox in the same transaction.
 */
@Injectable()
export class ResultScorer {
  private readonly logger = new Logger(ResultScorer.name);

  constructor(private readonly outbox: OutboxService) {}

  async score(manager: EntityManager, data: EvaluationCompletedV1): Promise<void> {
    let input;
    try {
      input = scoringInputFrom(data);
    } catch (error) {
      this.logger.error({ err: error, participantId: data.participantId }, 'completion cannot be scored');
      throw error;
    }
    const result = scoreEvaluation(input);
    const outcome = presentOutcome(result.participant, input.settings.bands);
    const scoredAt = new Date().toISOString();
    // Assessment emits one completion per participant; should a second one come (a new event id),
    // the first result stands and nothing is announced twice.
    const inserted: unknown[] = await manager.query(
      `INSERT INTO reporting.result (participant_id, battery_id, instrument, outcome, breakdown,
         scoring, conclusion_category, work_condition, completed_at, scored_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (participant_id) DO NOTHING RETURNING participant_id`,
      [
        data.participantId,
        data.battery.id,
        JSON.stringify(data.instrument),
        JSON.stringify(outcome),
        JSON.stringify(storeBreakdown(result.admin)),
        // Scoring's own unrounded result: the PDF report is assembled from it.
        JSON.stringify(result.participant),
        outcome.conclusion?.category ?? null,
        outcome.activityProfile?.condition ?? null,
        data.completedAt,
        scoredAt,
      ],
    );
    if (inserted.length === 0) return;
    await this.outbox.add(
      manager,
      'evaluation.scored',
      {
        participantId: data.participantId,
        participant: data.participant,
        battery: data.battery,
        instrument: { id: data.instrument.id, version: data.instrument.version },
        completedAt: data.completedAt,
        scoredAt,
        subCompetencies: outcome.subCompetencies,
        conclusion: outcome.conclusion,
        activityProfile: outcome.activityProfile,
      },
      { subject: data.participantId },
    );
  }
}
