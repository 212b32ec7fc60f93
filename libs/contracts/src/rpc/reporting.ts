import type { AdminRequest } from './admin.js';
import type { Language } from '../events/roles.js';
import type {
  AdminResultView,
  BatteryAnalytics,
  DirectorateReportRequest,
  FileDownload,
  ParticipantResultView,
  ReportsArchive,
  ResultExportFormat,
  ResultFilter,
  ResultPage,
  ResultQuery,
} from '../dto/results.js';

/**
 * Results, analytics, exports and PDFs (services/reporting). Admin requests carry the actor: the
 * per-role breakdown and the self-vs-others gap are returned for the `admin` role only.
 */
export interface ReportingRpc {
  'results.list': { service: 'reporting'; request: AdminRequest<ResultQuery>; response: ResultPage };
  'results.get': { service: 'reporting'; request: AdminRequest<{ participantId: string }>; response: AdminResultView };
  /** Combined results only, for the participant's own pages (the caller has checked the monitoring token). */
  'results.participant': {
    service: 'reporting';
    request: { participantId: string };
    response: ParticipantResultView;
  };
  'results.analytics': {
    service: 'reporting';
    request: AdminRequest<{ batteryId: string; filter: ResultFilter }>;
    response: BatteryAnalytics;
  };
  'results.export': {
    service: 'reporting';
    request: AdminRequest<{ batteryId: string; format: ResultExportFormat; filter: ResultFilter; language: Language }>;
    response: FileDownload;
  };
  /** Individual report PDF (Rahasia): once all four raters submitted. */
  'results.report.pdf': {
    service: 'reporting';
    request: { participantId: string; language: Language };
    response: FileDownload;
  };
  /** Bukti Penyelesaian PDF of one submitted assignment. */
  'results.proof.pdf': {
    service: 'reporting';
    request: { assignmentId: string; language: Language };
    response: FileDownload;
  };
  /**
   * The directorate's report on a battery as a PDF (seed 000 G.3): the admin's texts with the facts
   * and the analytics tables (combined results only, so viewers may render it too).
   */
  'results.directorate-report.pdf': {
    service: 'reporting';
    request: AdminRequest<{ batteryId: string; sections: DirectorateReportRequest['sections']; language: Language }>;
    response: FileDownload;
  };
  /** Zip of the battery's individual reports, in parts of REPORTS_ARCHIVE_PART_SIZE (1-based `part`). */
  'results.reports.archive': {
    service: 'reporting';
    request: AdminRequest<{ batteryId: string; filter: ResultFilter; part: number; language: Language }>;
    response: ReportsArchive;
  };
}
