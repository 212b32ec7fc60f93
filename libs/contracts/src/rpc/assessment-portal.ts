import type { RaterRole } from '../events/roles.js';
import type { RaterInput, RoleState } from '../dto/participants.js';
import type {
  FormView,
  LinkView,
  MonitoringView,
  PortalSession,
  PortalSubmitResult,
  ProofView,
  RaterListRequest,
  SaveAnswersRequest,
  SaveResult,
} from '../dto/portal.js';

/** The rater portal and Halaman Monitoring (services/assessment: portal/, monitoring/). Tokens are raw; assessment hashes them. */
export interface AssessmentPortalRpc {
  'portal.link.get': { service: 'assessment'; request: { token: string }; response: LinkView };
  'portal.session.start': { service: 'assessment'; request: { token: string }; response: PortalSession };
  'portal.not-me': { service: 'assessment'; request: { token: string; note?: string }; response: LinkView };
  'portal.form.get': { service: 'assessment'; request: { session: string }; response: FormView };
  'portal.answers.save': {
    service: 'assessment';
    request: { session: string; answers: SaveAnswersRequest };
    response: SaveResult;
  };
  'portal.raters.save': {
    service: 'assessment';
    request: { session: string; raters: RaterListRequest };
    response: NonNullable<FormView['raterList']>;
  };
  'portal.submit': { service: 'assessment'; request: { session: string }; response: PortalSubmitResult };
  /** Either token kind: the link from the email or the session of this tab. */
  'portal.proof.get': { service: 'assessment'; request: { token: string }; response: ProofView };
  'monitoring.get': { service: 'assessment'; request: { token: string }; response: MonitoringView };
  'monitoring.resend': { service: 'assessment'; request: { token: string; role: RaterRole }; response: RoleState };
  'monitoring.rater.save': {
    service: 'assessment';
    request: { token: string; role: RaterRole; rater: RaterInput };
    response: RoleState;
  };
}
