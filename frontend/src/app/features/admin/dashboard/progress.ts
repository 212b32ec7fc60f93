import type { GroupProgress, ParticipantSummary, RoleProgress, RoleState } from '@evkin/contracts';

export interface AttentionRole {
  participant: ParticipantSummary;
  role: RoleState;
}

/** part / whole as a percentage, 0–100 rounded to one decimal (0 for an empty whole). */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Raters done among those invited for the role. */
export const roleDonePercent = (role: RoleProgress) => percent(role.done, role.invited);

/** Participants with all four roles submitted. */
export const groupPercent = (group: GroupProgress) => percent(group.completed, group.participants);

/** The roles of these participants whose invitation email failed (live raters only). */
export function failedEmails(participants: readonly ParticipantSummary[]): AttentionRole[] {
  return participants.flatMap((participant) =>
    participant.roles
      .filter((role) => role.invitationEmail?.status === 'failed' && role.status !== 'cancelled')
      .map((role) => ({ participant, role })),
  );
}
