import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RATER_ROLES, type PortalSubmitResult } from '@evkin/contracts';
import { DomainError, OutboxService } from '@evkin/platform';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { batteryRef, participantRef, type InstrumentContext } from '../evaluation/battery-context.js';
import {
  assertWritable,
  assignmentBySession,
  instrumentOf,
  participantById,
  ratersNamed,
  type AssignmentContext,
} from '../evaluation/evaluation-context.js';
import { monitoringLink } from '../links/link-token.js';
import { issueMonitoringLink } from '../links/links.js';
import { Assignment } from '../participants/assignment.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { competenciesOf, missingAnswers } from './form-view.js';
import { answersOf } from './portal.service.js';

/**
 * Kirim Data (seed 000 G.2.d): checks completeness, records the submission once, emits
 * `evaluation.submitted`, and — when this was the fourth role — `evaluation.completed` with
 * everything reporting needs, in the same transaction.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  async submit(session: string): Promise<PortalSubmitResult> {
    return this.dataSource.transaction(async (manager) => {
      const context = await assignmentBySession(manager, session, { lock: true });
      const { assignment } = context;
      if (assignment.status === 'submitted' && assignment.submittedAt !== null) {
        return {
          assignmentId: assignment.id,
          status: 'submitted',
          submittedAt: assignment.submittedAt.toISOString(),
          firstSubmission: false,
        };
      }
      assertWritable(context);
      const instrument = await instrumentOf(manager, context);
      const answers = answersOf(assignment);
      const named = assignment.role === 'self' ? await ratersNamed(manager, context.participant.id) : null;
      const missing = missingAnswers(instrument, answers, named);
      if (missing.length > 0) throw new DomainError('incomplete', [], { missing });

      const submittedAt = new Date();
      await manager.update(Assignment, { id: assignment.id }, { status: 'submitted', submittedAt });
      await this.outbox.add(
        manager,
        'evaluation.submitted',
        {
          assignmentId: assignment.id,
          participantId: context.participant.id,
          role: assignment.role,
          rater: { name: assignment.raterName, email: assignment.raterEmail, language: assignment.raterLanguage },
          participant: participantRef(context.participant),
          battery: batteryRef(context.battery),
          competencies: competenciesOf(instrument).map((c) => c.name),
          submittedAt: submittedAt.toISOString(),
          answers,
        },
        { subject: assignment.id },
      );
      await this.completeIfLast(manager, context, instrument);
      return {
        assignmentId: assignment.id,
        status: 'submitted',
        submittedAt: submittedAt.toISOString(),
        firstSubmission: true,
      };
    });
  }

  /** Locks the participant so two last submissions at once complete it exactly once. */
  private async completeIfLast(
    manager: EntityManager,
    context: AssignmentContext,
    instrument: InstrumentContext,
  ): Promise<void> {
    const { participant, battery } = await participantById(manager, context.participant.id, { lock: true });
    if (participant.completedAt !== null) return;
    const live = await manager.find(Assignment, { where: { participantId: participant.id } });
    const submitted = RATER_ROLES.map((role) => live.find((a) => a.role === role && a.status === 'submitted'));
    if (submitted.some((a) => a === undefined)) return;
    const completedAt = new Date();
    await manager.update(Participant, { id: participant.id }, { completedAt });
    const monitoring = await issueMonitoringLink(manager, participant.id, 'report');
    await this.outbox.add(
      manager,
      'evaluation.completed',
      {
        participantId: participant.id,
        participant: participantRef(participant),
        battery: batteryRef(battery),
        instrument: {
          id: instrument.id,
          version: instrument.version,
          target: participant.target,
          subCompetencyIds: instrument.subCompetencyIds,
          part1Codes: instrument.part1Codes,
          part2Items: instrument.part2Items.map((item) => ({ id: item.id, subCompetencyId: item.subCompetencyId })),
          scoring: battery.scoring,
        },
        links: { monitoring: monitoringLink(this.env.PUBLIC_URL, monitoring) },
        completedAt: completedAt.toISOString(),
        assignments: submitted.map((a) => ({
          assignmentId: a!.id,
          role: a!.role,
          rater: { name: a!.raterName, email: a!.raterEmail },
          submittedAt: a!.submittedAt!.toISOString(),
          answers: answersOf(a!),
        })),
      },
      { subject: participant.id },
    );
  }
}
