import type { BackendServiceName } from '../events/topology.js';
import type { AssessmentAdminRpc } from './assessment-admin.js';
import type { AssessmentParticipantsRpc } from './assessment-participants.js';
import type { AssessmentPortalRpc } from './assessment-portal.js';
import type { ReportingRpc } from './reporting.js';
import type { CapturedMail } from '../dto/mail.js';
import type { AdminActor } from './admin.js';
import type {
  AdminAccount,
  AdminAccountInput,
  AdminSession,
  LoginRequest,
  LoginResponse,
  ReadinessReport,
  SsoLoginRequest,
} from '../dto/system.js';

/**
 * Request–reply patterns the gateway sends to the services, with their request and response
 * types. The gateway's only knowledge of the domain is this table. Each feature keeps its block in
 * its own file (assessment-admin.ts, …); this interface joins them.
 */
export interface RpcCatalogue extends AssessmentAdminRpc, AssessmentPortalRpc, AssessmentParticipantsRpc, ReportingRpc {
  'health.ready': { service: BackendServiceName; request: Record<string, never>; response: ReadinessReport };
  'auth.login': { service: 'assessment'; request: LoginRequest; response: LoginResponse };
  'auth.sso': { service: 'assessment'; request: SsoLoginRequest; response: LoginResponse };
  'auth.session': { service: 'assessment'; request: { token: string }; response: AdminSession };
  'auth.logout': { service: 'assessment'; request: { token: string }; response: { ok: true } };
  'auth.accounts.list': { service: 'assessment'; request: { actor: AdminActor }; response: AdminAccount[] };
  'auth.accounts.create': {
    service: 'assessment';
    request: { actor: AdminActor; account: AdminAccountInput };
    response: AdminAccount;
  };
  'dev.mail.list': { service: 'notification'; request: Record<string, never>; response: CapturedMail[] };
}

export type RpcPattern = keyof RpcCatalogue;
export type RpcRequest<P extends RpcPattern> = RpcCatalogue[P]['request'];
export type RpcResponse<P extends RpcPattern> = RpcCatalogue[P]['response'];
export type RpcService<P extends RpcPattern> = RpcCatalogue[P]['service'];

/** The wire form of a pattern: Nest matches on this string. */
export const rpcPattern = <P extends RpcPattern>(pattern: P): P => pattern;
