import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '@evkin/platform';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { batteryRef, participantRef } from '../evaluation/battery-context.js';
import type { ParticipantContext } from '../evaluation/evaluation-context.js';
import { monitoringLink, raterLink } from '../links/link-token.js';
import { issueAssignmentLink, issueMonitoringLink } from '../links/links.js';
import type { Assignment } from '../participants/assignment.entity.js';

/**
 * Sends (through the outbox) the email that brings a rater in: a fresh link to the assignment and,
 * for the participant, a fresh Halaman Monitoring link. Tokens exist raw only in the event.
 */
@Injectable()
export class InvitationSender {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  async announce(
    manager: EntityManager,
    context: ParticipantContext,
    assignment: Assignment,
    reason: 'invitation' | 'resend',
  ): Promise<void> {
    const token = await issueAssignmentLink(manager, assignment.id, reason);
    const monitoring =
      assignment.role === 'self' ? await issueMonitoringLink(manager, context.participant.id, reason) : null;
    await this.outbox.add(
      manager,
      'evaluation.invited',
      {
        assignmentId: assignment.id,
        participantId: context.participant.id,
        role: assignment.role,
        reason,
        rater: {
          name: assignment.raterName,
          email: assignment.raterEmail,
          language: assignment.raterLanguage,
          position: assignment.raterPosition,
        },
        participant: participantRef(context.participant),
        battery: batteryRef(context.battery),
        links: {
          start: raterLink(this.env.PUBLIC_URL, token),
          monitoring: monitoring === null ? null : monitoringLink(this.env.PUBLIC_URL, monitoring),
        },
      },
      { subject: assignment.id },
    );
  }
}
