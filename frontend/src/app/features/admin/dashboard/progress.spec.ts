import type { ParticipantSummary, RoleState } from '@evkin/contracts';
import { failedEmails, groupPercent, percent, roleDonePercent } from './progress';

function state(role: RoleState['role'], status: RoleState['status'], failed = false): RoleState {
  return {
    role,
    status,
    assignmentId: status === 'none' ? null : `a-${role}`,
    rater: status === 'none' ? null : { name: role, email: `${role}@x.id`, position: null },
    invitationEmail:
      status === 'none' ? null : { status: failed ? 'failed' : 'sent', reason: failed ? 'bounce' : null },
    notMe: null,
    submittedAt: null,
  };
}

function participant(id: string, roles: RoleState[]): ParticipantSummary {
  return {
    id,
    batteryId: 'b',
    name: id,
    nip: null,
    email: `${id}@x.id`,
    target: 'ahli_muda',
    unit: 'U',
    province: 'Aceh',
    regency: 'R',
    language: 'id',
    invitedAt: '2026-01-01T00:00:00Z',
    completedAt: null,
    roles,
  };
}

describe('dashboard progress', () => {
  it('turns counts into percentages with one decimal, 0 for nothing to count', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBe(0);
    expect(roleDonePercent({ role: 'peer', invited: 4, started: 1, done: 3, missing: 0 })).toBe(75);
    expect(groupPercent({ name: 'Aceh', participants: 2, completed: 1, roles: [] })).toBe(50);
  });

  it('lists the live raters whose invitation email failed', () => {
    const people = [
      participant('a', [state('self', 'submitted'), state('peer', 'pending', true)]),
      participant('b', [state('self', 'pending'), state('supervisor', 'cancelled', true)]),
    ];
    expect(failedEmails(people).map((e) => `${e.participant.id}/${e.role.role}`)).toEqual(['a/peer']);
  });
});
