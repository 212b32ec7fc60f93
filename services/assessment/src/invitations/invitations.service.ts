import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InviteParticipantRequest, InviteParticipantResponse, Language, RaterRole } from '@evkin/contracts';
import { DomainError, OutboxService } from '@evkin/platform';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { newLinkToken, raterLink } from '../links/link-token.js';
import { Assignment } from '../participants/assignment.entity.js';
import { Participant } from '../participants/participant.entity.js';

interface RaterInput {
  role: RaterRole;
  name: string;
  email: string;
  language: Language;
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  /**
   * Creates the participant, one assignment per rater (the participant rates themself) and one
   * `evaluation.invited` per assignment — all in one transaction, so an invitation is either
   * fully recorded and on its way, or not at all.
   */
  async invite(request: InviteParticipantRequest): Promise<InviteParticipantResponse> {
    const language = request.participant.language ?? 'id';
    const raters: RaterInput[] = [
      { role: 'self', name: request.participant.name, email: request.participant.email, language },
      ...(request.raters ?? []).map((r) => ({ ...r, language: r.language ?? 'id' })),
    ];
    const roles = raters.map((r) => r.role);
    if (new Set(roles).size !== roles.length) {
      throw new DomainError('duplicate_role', [{ field: 'raters', code: 'duplicate_role' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const participant = await manager.save(
        manager.create(Participant, {
          name: request.participant.name,
          email: request.participant.email,
          unit: request.participant.unit ?? null,
          language,
        }),
      );
      const assignments = [];
      for (const rater of raters) {
        const { token, hash } = newLinkToken();
        const assignment = await manager.save(
          manager.create(Assignment, {
            participantId: participant.id,
            role: rater.role,
            raterName: rater.name,
            raterEmail: rater.email,
            raterLanguage: rater.language,
            tokenHash: hash,
          }),
        );
        await this.outbox.add(
          manager,
          'evaluation.invited',
          {
            assignmentId: assignment.id,
            participantId: participant.id,
            role: rater.role,
            rater: { name: rater.name, email: rater.email, language: rater.language },
            participant: { name: participant.name, unit: participant.unit },
            battery: null,
            links: { start: raterLink(this.env.PUBLIC_URL, token), monitoring: null },
          },
          { subject: assignment.id },
        );
        assignments.push({ assignmentId: assignment.id, role: rater.role, email: rater.email });
      }
      return { participantId: participant.id, assignments };
    });
  }
}
