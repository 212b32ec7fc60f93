import type { ServiceDatabase } from '@evkin/platform';
import { AdminSessionRecord, AdminUser } from './admin-auth/admin-user.entity.js';
import { AuditEntryRecord } from './audit/audit-entry.entity.js';
import { BatteryInstrumentRecord } from './batteries/battery-instrument.entity.js';
import { BatteryRecord } from './batteries/battery.entity.js';
import { BankItemRecord } from './item-bank/bank-item.entity.js';
import { ParticipantsAndAdmin1763870500000 } from './migrations/1763870500000-participants-and-admin.js';
import { InvitationEmailStatus1763870800000 } from './migrations/1763870800000-invitation-email-status.js';
import { BatteriesAndItemBank1763900000000 } from './migrations/1763900000000-batteries-and-item-bank.js';
import { ParticipantsLinksAndAudit1763900100000 } from './migrations/1763900100000-participants-links-and-audit.js';
import { UninvitedParticipants1763900200000 } from './migrations/1763900200000-uninvited-participants.js';
import { Assignment } from './participants/assignment.entity.js';
import { Participant } from './participants/participant.entity.js';

export const assessmentDatabase: ServiceDatabase = {
  schema: 'assessment',
  entities: [
    Participant,
    Assignment,
    AdminUser,
    AdminSessionRecord,
    AuditEntryRecord,
    BatteryRecord,
    BatteryInstrumentRecord,
    BankItemRecord,
  ],
  migrations: [
    ParticipantsAndAdmin1763870500000,
    InvitationEmailStatus1763870800000,
    BatteriesAndItemBank1763900000000,
    ParticipantsLinksAndAudit1763900100000,
    UninvitedParticipants1763900200000,
  ],
};
