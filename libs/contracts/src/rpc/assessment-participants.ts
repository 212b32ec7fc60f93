import type { AdminRequest } from './admin.js';
import type { RaterRole } from '../events/roles.js';
import type {
  AuditEntry,
  BatteryProgress,
  ImportReport,
  ImportRequest,
  InviteBatteryRequest,
  InviteBatteryResult,
  IssuedLink,
  MismatchReport,
  Page,
  ParticipantQuery,
  ParticipantSummary,
  RaterInput,
  RoleState,
} from '../dto/participants.js';

/** The participant dataset, invitations, raters, reminders and the audit log (services/assessment). */
export interface AssessmentParticipantsRpc {
  'participants.import': { service: 'assessment'; request: AdminRequest<ImportRequest>; response: ImportReport };
  'participants.template': {
    service: 'assessment';
    request: { format: 'csv' | 'xlsx'; language: 'id' | 'en' };
    response: { fileName: string; contentType: string; contentBase64: string };
  };
  'participants.list': {
    service: 'assessment';
    request: AdminRequest<ParticipantQuery>;
    response: Page<ParticipantSummary>;
  };
  'participants.progress': {
    service: 'assessment';
    request: AdminRequest<{ batteryId: string }>;
    response: BatteryProgress;
  };
  'participants.get': { service: 'assessment'; request: AdminRequest<{ id: string }>; response: ParticipantSummary };
  'participants.invite': {
    service: 'assessment';
    request: AdminRequest<InviteBatteryRequest>;
    response: InviteBatteryResult;
  };
  'participants.rater.resend': {
    service: 'assessment';
    request: AdminRequest<{ participantId: string; role: RaterRole }>;
    response: RoleState;
  };
  'participants.rater.save': {
    service: 'assessment';
    request: AdminRequest<{ participantId: string; role: RaterRole; rater: RaterInput }>;
    response: RoleState;
  };
  'participants.link.issue': {
    service: 'assessment';
    request: AdminRequest<{ participantId: string; kind: 'start' | 'monitoring'; role?: RaterRole }>;
    response: IssuedLink;
  };
  'participants.mismatches': {
    service: 'assessment';
    request: AdminRequest<{ batteryId?: string }>;
    response: MismatchReport[];
  };
  'reminders.run': {
    service: 'assessment';
    request: AdminRequest<{ batteryId: string }>;
    response: { roundId: string; reminded: number };
  };
  'audit.list': {
    service: 'assessment';
    request: AdminRequest<{ page: number; pageSize: number }>;
    response: Page<AuditEntry>;
  };
}
