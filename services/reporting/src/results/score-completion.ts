import { CATALOGUE } from '@evkin/catalogue';
import { RATER_ROLES, type EvaluationCompletedV1, type RaterRole } from '@evkin/contracts';

/** Activity code → jenjang (seed 001 Lampiran II), for the activity profile. */
const ACTIVITY_LEVELS = Object.fromEntries(CATALOGUE.activities.map((a) => [a.code, a.jenjang]));
import { ScoringInputError, type RaterResponse, type ScoringInput } from '@evkin/scoring';
import { subCompetencyNumber } from './sub-competency-ids.js';

/**
 * The scoring input of a completed participant, from the `evaluation.completed` event alone: the
 * battery's frozen instrument and settings, the four raters' answers, and the shared catalogue's
 * activity levels (events carry the ticked codes, not their levels).
 */
export function scoringInputFrom(data: EvaluationCompletedV1): ScoringInput {
  const { instrument } = data;
  const responses: Partial<Record<RaterRole, RaterResponse>> = {};
  for (const assignment of data.assignments) {
    if (!(RATER_ROLES as readonly string[]).includes(assignment.role)) {
      throw new ScoringInputError(`Unknown rater role "${assignment.role}".`);
    }
    if (responses[assignment.role]) throw new ScoringInputError(`Two submissions for role ${assignment.role}.`);
    responses[assignment.role] = { part1: assignment.answers.part1, part2: assignment.answers.part2 };
  }
  return {
    settings: instrument.scoring,
    target: data.participant.target,
    assessedSubCompetencyIds: instrument.subCompetencyIds.map(subCompetencyNumber),
    items: instrument.part2Items.map((item) => ({
      id: item.id,
      subCompetencyId: subCompetencyNumber(item.subCompetencyId),
    })),
    responses,
    activityLevels: ACTIVITY_LEVELS,
  };
}
