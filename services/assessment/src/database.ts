import type { ServiceDatabase } from '@evkin/platform';
import { AdminSessionRecord, AdminUser } from './admin-auth/admin-user.entity.js';
import { ParticipantsAndAdmin1763870500000 } from './migrations/1763870500000-participants-and-admin.js';
import { InvitationEmailStatus1763870800000 } from './migrations/1763870800000-invitation-email-status.js';
import { Assignment } from './participants/assignment.entity.js';
import { Participant } from './participants/participant.entity.js';

export const assessmentDatabase: ServiceDatabase = {
  schema: 'assessment',
  entities: [Participant, Assignment, AdminUser, AdminSessionRecord],
  migrations: [ParticipantsAndAdmin1763870500000, InvitationEmailStatus1763870800000],
};
