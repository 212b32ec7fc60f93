import type { ParticipantSummary, RaterRole, RoleState } from '@evkin/contracts';
import { RATER_ROLES } from '@evkin/contracts';

export interface RoleProgress {
  role: RaterRole;
  /** Participants with someone named for this role (a current, not cancelled, assignment). */
  invited: number;
  started: number;
  done: number;
  /** Nobody named yet ("Belum Ada"), e.g. the service user the participant still has to add. */
  missing: number;
}

export interface GroupProgress {
  name: string;
  participants: number;
  /** All four roles submitted. */
  completed: number;
  /** completed / participants, 0–100 rounded to one decimal. */
  percent: number;
}

export interface AttentionRole {
  participant: ParticipantSummary;
  role: RoleState;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export function progressByRole(participants: readonly ParticipantSummary[]): RoleProgress[] {
  return RATER_ROLES.map((role) => {
    const states = participants.map((p) => p.roles.find((r) => r.role === role)?.status ?? 'none');
    return {
      role,
      invited: states.filter((s) => s !== 'none' && s !== 'cancelled').length,
      started: states.filter((s) => s === 'in_progress').length,
      done: states.filter((s) => s === 'submitted').length,
      missing: states.filter((s) => s === 'none').length,
    };
  });
}

export function progressBy(
  participants: readonly ParticipantSummary[],
  key: (p: ParticipantSummary) => string,
): GroupProgress[] {
  const groups = new Map<string, { participants: number; completed: number }>();
  for (const participant of participants) {
    const name = key(participant) || '—';
    const group = groups.get(name) ?? { participants: 0, completed: 0 };
    group.participants++;
    if (participant.completedAt) group.completed++;
    groups.set(name, group);
  }
  return [...groups]
    .map(([name, g]) => ({ name, ...g, percent: percent(g.completed, g.participants) }))
    .sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name));
}

export function failedEmails(participants: readonly ParticipantSummary[]): AttentionRole[] {
  return participants.flatMap((participant) =>
    participant.roles
      .filter((role) => role.invitationEmail?.status === 'failed' && role.status !== 'cancelled')
      .map((role) => ({ participant, role })),
  );
}

/** Raters who have not submitted although the battery closes within `days` days (or has closed). */
export function overdueRaters(
  participants: readonly ParticipantSummary[],
  closesAt: string,
  now: Date,
  days: number,
): AttentionRole[] {
  const msLeft = Date.parse(closesAt) - now.getTime();
  if (msLeft > days * 86_400_000) return [];
  return participants.flatMap((participant) =>
    participant.invitedAt
      ? participant.roles
          .filter((role) => role.status === 'pending' || role.status === 'in_progress' || role.status === 'none')
          .map((role) => ({ participant, role }))
      : [],
  );
}
