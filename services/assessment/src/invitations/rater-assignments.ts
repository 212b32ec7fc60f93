import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RaterInput, RaterRole } from '@evkin/contracts';
import { DomainError, OutboxService } from '@evkin/platform';
import { isOpen } from '../evaluation/battery-context.js';
import type { ParticipantContext } from '../evaluation/evaluation-context.js';
import { Assignment } from '../participants/assignment.entity.js';
import { InvitationSender } from './invitation-sender.js';

/**
 * Naming, replacing and re-inviting raters (seed 000 G.2.c rater list, G.2.e Tambahkan / Ganti /
 * Kirim Ulang). Used by the participant's flow, Halaman Monitoring and the admin console alike, so
 * the rules hold whoever acts. Callers lock the participant row first.
 */
@Injectable()
export class RaterAssignments {
  constructor(
    private readonly outbox: OutboxService,
    private readonly sender: InvitationSender,
  ) {}

  /** Adds the rater of a role, keeps them (same email: details updated), or replaces them (old links revoked). */
  async assign(
    manager: EntityManager,
    context: ParticipantContext,
    role: RaterRole,
    input: RaterInput,
  ): Promise<Assignment> {
    if (role === 'self') throw new DomainError('not_allowed_for_role');
    if (!isOpen(context.battery)) throw new DomainError('battery_closed');
    const email = input.email.trim().toLowerCase();
    if (email === context.participant.email.toLowerCase()) {
      throw new DomainError('validation_failed', [{ field: 'email', code: 'same_as_participant' }]);
    }
    const live = await manager.find(Assignment, { where: { participantId: context.participant.id } });
    const current = live.find((a) => a.role === role && a.status !== 'cancelled') ?? null;
    if (live.some((a) => a.role !== role && a.role !== 'self' && a.status !== 'cancelled' && a.raterEmail === email)) {
      throw new DomainError('validation_failed', [{ field: 'email', code: 'duplicate_rater' }]);
    }
    const details = {
      raterName: input.name.trim(),
      raterPosition: input.position?.trim() || null,
      raterProvince: input.province?.trim() || null,
      raterRegency: input.regency?.trim() || null,
      raterLanguage: input.language ?? context.participant.language,
    };
    if (current !== null && current.raterEmail === email) {
      await manager.update(Assignment, { id: current.id }, details);
      return manager.findOneByOrFail(Assignment, { id: current.id });
    }
    if (current !== null) {
      if (current.status === 'submitted') throw new DomainError('already_submitted');
      await manager.update(Assignment, { id: current.id }, { status: 'cancelled', cancelledAt: new Date() });
    }
    const created = await manager.save(
      manager.create(Assignment, { participantId: context.participant.id, role, raterEmail: email, ...details }),
    );
    if (current !== null) {
      await manager.update(Assignment, { id: current.id }, { replacedBy: created.id });
      await this.outbox.add(
        manager,
        'evaluation.cancelled',
        {
          assignmentId: current.id,
          participantId: context.participant.id,
          batteryId: context.battery.id,
          role,
          replacedBy: created.id,
          at: new Date().toISOString(),
        },
        { subject: current.id },
      );
    }
    await this.sender.announce(manager, context, created, 'invitation');
    return created;
  }

  /** Kirim Ulang: the invitation again, with a fresh link (the earlier ones keep working). */
  async resend(manager: EntityManager, context: ParticipantContext, role: RaterRole): Promise<Assignment> {
    if (!isOpen(context.battery)) throw new DomainError('battery_closed');
    const current = await manager.findOne(Assignment, {
      where: { participantId: context.participant.id, role },
      order: { createdAt: 'DESC' },
    });
    if (current === null || current.status === 'cancelled') throw new DomainError('not_found');
    if (current.status === 'submitted') throw new DomainError('already_submitted');
    await manager.update(Assignment, { id: current.id }, { emailStatus: 'pending', emailReason: null });
    await this.sender.announce(manager, context, current, 'resend');
    return manager.findOneByOrFail(Assignment, { id: current.id });
  }
}
