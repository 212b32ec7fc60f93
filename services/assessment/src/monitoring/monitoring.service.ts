import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MonitoringView, RaterInput, RaterRole, RoleState } from '@evkin/contracts';
import { isOpen } from '../evaluation/battery-context.js';
import { participantById, participantByMonitoringLink } from '../evaluation/evaluation-context.js';
import { RaterAssignments } from '../invitations/rater-assignments.js';
import { Assignment } from '../participants/assignment.entity.js';
import { roleState, roleStates } from '../participants/role-state.js';

/**
 * Halaman Monitoring (seed 000 G.2.e): the participant sees each role's status and email, and adds,
 * replaces or re-invites raters. Reading works after the deadline (the report stays downloadable);
 * changes do not.
 */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raters: RaterAssignments,
  ) {}

  async view(token: string): Promise<MonitoringView> {
    const manager = this.dataSource.manager;
    const { participant, battery } = await participantByMonitoringLink(manager, token);
    const assignments = await manager.find(Assignment, { where: { participantId: participant.id } });
    return {
      participantId: participant.id,
      participant: {
        name: participant.name,
        unit: participant.unit,
        target: participant.target,
        language: participant.language,
      },
      battery: {
        name: battery.name,
        programme: battery.programme,
        deadline: battery.deadline,
        closesAt: battery.closesAt.toISOString(),
        open: isOpen(battery),
      },
      roles: roleStates(assignments),
      reportAvailable: participant.completedAt !== null,
    };
  }

  async resend(token: string, role: RaterRole): Promise<RoleState> {
    return this.dataSource.transaction(async (manager) => {
      const { participant } = await participantByMonitoringLink(manager, token);
      const context = await participantById(manager, participant.id, { lock: true });
      return roleState(role, await this.raters.resend(manager, context, role));
    });
  }

  /** Tambahkan / Ganti → Simpan & Kirim. */
  async saveRater(token: string, role: RaterRole, rater: RaterInput): Promise<RoleState> {
    return this.dataSource.transaction(async (manager) => {
      const { participant } = await participantByMonitoringLink(manager, token);
      const context = await participantById(manager, participant.id, { lock: true });
      return roleState(role, await this.raters.assign(manager, context, role, rater));
    });
  }
}
