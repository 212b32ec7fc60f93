import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AssignmentSummary } from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { Assignment } from './assignment.entity.js';

@Injectable()
export class ParticipantsService {
  constructor(@InjectRepository(Assignment) private readonly assignments: Repository<Assignment>) {}

  /** Every role of a participant with its status and its invitation email's fate. */
  async assignmentsOf(participantId: string): Promise<AssignmentSummary[]> {
    const found = await this.assignments.find({ where: { participantId }, order: { createdAt: 'ASC' } });
    if (found.length === 0) throw new DomainError('not_found');
    return found.map((a) => ({
      assignmentId: a.id,
      role: a.role,
      rater: { name: a.raterName, email: a.raterEmail },
      status: a.status,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      invitationEmail: { status: a.emailStatus, reason: a.emailReason },
    }));
  }
}
