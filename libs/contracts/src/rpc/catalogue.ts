import type { BackendServiceName } from '../events/topology.js';
import type {
  AssignmentSummary,
  AssignmentView,
  InviteParticipantRequest,
  InviteParticipantResponse,
  SubmitResult,
} from '../dto/evaluation.js';
import type { CapturedMail } from '../dto/mail.js';
import type { ReadinessReport, AdminSession, LoginRequest, LoginResponse, CompletionView } from '../dto/system.js';

/**
 * Request–reply patterns the gateway sends to the services, with their request and response
 * types. The gateway's only knowledge of the domain is this table.
 */
export interface RpcCatalogue {
  'health.ready': { service: BackendServiceName; request: Record<string, never>; response: ReadinessReport };
  'auth.login': { service: 'assessment'; request: LoginRequest; response: LoginResponse };
  'auth.session': { service: 'assessment'; request: { token: string }; response: AdminSession };
  'auth.logout': { service: 'assessment'; request: { token: string }; response: { ok: true } };
  'evaluation.invite': {
    service: 'assessment';
    request: InviteParticipantRequest;
    response: InviteParticipantResponse;
  };
  'participant.assignments': {
    service: 'assessment';
    request: { participantId: string };
    response: AssignmentSummary[];
  };
  'portal.assignment.get': { service: 'assessment'; request: { token: string }; response: AssignmentView };
  'portal.assignment.submit': {
    service: 'assessment';
    request: { token: string; answers: Record<string, unknown> };
    response: SubmitResult;
  };
  'dev.mail.list': { service: 'notification'; request: Record<string, never>; response: CapturedMail[] };
  'completion.get': { service: 'reporting'; request: { participantId: string }; response: CompletionView };
}

export type RpcPattern = keyof RpcCatalogue;
export type RpcRequest<P extends RpcPattern> = RpcCatalogue[P]['request'];
export type RpcResponse<P extends RpcPattern> = RpcCatalogue[P]['response'];
export type RpcService<P extends RpcPattern> = RpcCatalogue[P]['service'];

/** The wire form of a pattern: Nest matches on this string. */
export const rpcPattern = <P extends RpcPattern>(pattern: P): P => pattern;
