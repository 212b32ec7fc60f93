import { MONITORING_ROLE_ORDER, type RaterRole, type RoleState } from '@evkin/contracts';
import type { Assignment } from './assignment.entity.js';

/**
 * The four roles as Halaman Monitoring shows them, in its order (Atasan, Rekan Kerja, Diri Sendiri,
 * Pengguna Layanan): the live assignment of each role, or the latest cancelled one, or Belum Ada
 * ('none') when nobody was ever named.
 */
export function roleStates(assignments: readonly Assignment[]): RoleState[] {
  return MONITORING_ROLE_ORDER.map((role) => roleState(role, currentOf(assignments, role)));
}

export function currentOf(assignments: readonly Assignment[], role: RaterRole): Assignment | null {
  const ofRole = assignments.filter((a) => a.role === role);
  const live = ofRole.find((a) => a.status !== 'cancelled');
  if (live !== undefined) return live;
  return ofRole.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
}

export function roleState(role: RaterRole, assignment: Assignment | null): RoleState {
  if (assignment === null) {
    return {
      role,
      status: 'none',
      assignmentId: null,
      rater: null,
      invitationEmail: null,
      notMe: null,
      submittedAt: null,
    };
  }
  return {
    role,
    status: assignment.status,
    assignmentId: assignment.id,
    rater: { name: assignment.raterName, email: assignment.raterEmail, position: assignment.raterPosition },
    invitationEmail: { status: assignment.emailStatus, reason: assignment.emailReason },
    notMe: assignment.notMeAt === null ? null : { at: assignment.notMeAt.toISOString(), note: assignment.notMeNote },
    submittedAt: assignment.submittedAt?.toISOString() ?? null,
  };
}
