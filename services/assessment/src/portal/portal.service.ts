import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { RATER_ROLES, type AssignmentView, type SubmitResult } from '@evkin/contracts';
import { DomainError, OutboxService } from '@evkin/platform';
import { hashLinkToken } from '../links/link-token.js';
import { Assignment } from '../participants/assignment.entity.js';
import { Participant } from '../participants/participant.entity.js';

@Injectable()
export class PortalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Reading never changes state: mail scanners open links too (DESIGN §2). */
  async view(token: string): Promise<AssignmentView> {
    const assignment = await this.byToken(this.dataSource.manager, token);
    return toView(assignment);
  }

  /**
   * Submits once. The participant row is locked so that two raters submitting at the same
   * moment cannot both miss (or both emit) the completion.
   */
  async submit(token: string, answers: Record<string, unknown>): Promise<SubmitResult> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.byToken(manager, token);
      await manager.findOne(Participant, { where: { id: found.participantId }, lock: { mode: 'pessimistic_write' } });
      const assignment = await manager.findOneOrFail(Assignment, {
        where: { id: found.id },
        relations: { participant: true },
      });
      if (assignment.status === 'cancelled') throw new DomainError('link_invalid');
      if (assignment.submittedAt) {
        return {
          assignmentId: assignment.id,
          status: 'submitted',
          submittedAt: assignment.submittedAt.toISOString(),
          firstSubmission: false,
        };
      }
      const submittedAt = new Date();
      Object.assign(assignment, { status: 'submitted', submittedAt, answers });
      await manager.save(Assignment, assignment);
      await this.outbox.add(
        manager,
        'evaluation.submitted',
        {
          assignmentId: assignment.id,
          participantId: assignment.participantId,
          role: assignment.role,
          rater: { name: assignment.raterName, email: assignment.raterEmail, language: assignment.raterLanguage },
          submittedAt: submittedAt.toISOString(),
          answers,
        },
        { subject: assignment.id },
      );
      await this.completeIfAllSubmitted(manager, assignment.participant);
      return {
        assignmentId: assignment.id,
        status: 'submitted',
        submittedAt: submittedAt.toISOString(),
        firstSubmission: true,
      };
    });
  }

  private async completeIfAllSubmitted(manager: EntityManager, participant: Participant): Promise<void> {
    if (participant.completedAt) return;
    const submitted = await manager.find(Assignment, {
      where: { participantId: participant.id, submittedAt: Not(IsNull()), status: 'submitted' },
    });
    const roles = new Set(submitted.map((a) => a.role));
    if (!RATER_ROLES.every((role) => roles.has(role))) return;
    const completedAt = new Date();
    await manager.update(Participant, { id: participant.id }, { completedAt });
    await this.outbox.add(
      manager,
      'evaluation.completed',
      {
        participantId: participant.id,
        participant: {
          name: participant.name,
          email: participant.email,
          unit: participant.unit,
          language: participant.language,
        },
        links: { monitoring: null },
        completedAt: completedAt.toISOString(),
        assignments: submitted.map((a) => ({
          assignmentId: a.id,
          role: a.role,
          submittedAt: a.submittedAt!.toISOString(),
        })),
      },
      { subject: participant.id },
    );
  }

  private async byToken(manager: EntityManager, token: string): Promise<Assignment> {
    const assignment = await manager.findOne(Assignment, {
      where: { tokenHash: hashLinkToken(token) },
      relations: { participant: true },
    });
    if (!assignment || assignment.status === 'cancelled') throw new DomainError('link_invalid');
    return assignment;
  }
}

function toView(assignment: Assignment): AssignmentView {
  return {
    assignmentId: assignment.id,
    role: assignment.role,
    status: assignment.status,
    rater: { name: assignment.raterName },
    participant: { name: assignment.participant.name, unit: assignment.participant.unit },
    submittedAt: assignment.submittedAt?.toISOString() ?? null,
  };
}
