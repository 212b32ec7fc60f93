import type { ParticipantSummary, RoleState } from '@evkin/contracts';
import { failedEmails, overdueRaters, progressBy, progressByRole } from './progress';

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

function participant(id: string, province: string, roles: RoleState[], completed = false): ParticipantSummary {
  return {
    id,
    batteryId: 'b',
    name: id,
    nip: null,
    email: `${id}@x.id`,
    target: 'ahli_muda',
    unit: 'U',
    province,
    regency: 'R',
    language: 'id',
    invitedAt: '2026-01-01T00:00:00Z',
    completedAt: completed ? '2026-01-09T00:00:00Z' : null,
    roles,
  };
}

const PEOPLE = [
  participant('a', 'Aceh', [
    state('self', 'submitted'),
    state('supervisor', 'in_progress'),
    state('peer', 'pending', true),
    state('service_user', 'none'),
  ]),
  participant(
    'b',
    'Aceh',
    [
      state('self', 'submitted'),
      state('supervisor', 'submitted'),
      state('peer', 'submitted'),
      state('service_user', 'submitted'),
    ],
    true,
  ),
  participant('c', 'Bali', [
    state('self', 'pending'),
    state('supervisor', 'cancelled'),
    state('peer', 'none'),
    state('service_user', 'none'),
  ]),
];

describe('dashboard progress', () => {
  it('counts invited, started, done and missing raters per role', () => {
    expect(progressByRole(PEOPLE)).toEqual([
      { role: 'self', invited: 3, started: 0, done: 2, missing: 0 },
      { role: 'supervisor', invited: 2, started: 1, done: 1, missing: 0 },
      { role: 'peer', invited: 2, started: 0, done: 1, missing: 1 },
      { role: 'service_user', invited: 1, started: 0, done: 1, missing: 2 },
    ]);
  });

  it('ranks provinces by completion, least complete first', () => {
    expect(progressBy(PEOPLE, (p) => p.province)).toEqual([
      { name: 'Bali', participants: 1, completed: 0, percent: 0 },
      { name: 'Aceh', participants: 2, completed: 1, percent: 50 },
    ]);
  });

  it('flags failed emails, and open raters only once the deadline is near', () => {
    expect(failedEmails(PEOPLE).map((e) => `${e.participant.id}/${e.role.role}`)).toEqual(['a/peer']);
    const closesAt = '2026-02-10T16:59:59Z';
    expect(overdueRaters(PEOPLE, closesAt, new Date('2026-01-20T00:00:00Z'), 7)).toEqual([]);
    const overdue = overdueRaters(PEOPLE, closesAt, new Date('2026-02-05T00:00:00Z'), 7);
    expect(overdue.map((e) => `${e.participant.id}/${e.role.role}`)).toEqual([
      'a/supervisor',
      'a/peer',
      'a/service_user',
      'c/self',
      'c/peer',
      'c/service_user',
    ]);
  });
});
