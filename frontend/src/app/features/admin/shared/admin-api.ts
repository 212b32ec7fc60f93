import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AdminAccount,
  AdminAccountInput,
  BankItem,
  BankItemInput,
  BankItemUpdate,
  BatteryProgress,
  BatteryInput,
  BatteryStatus,
  BatteryView,
  ImportReport,
  InviteBatteryResult,
  IssuedLink,
  Page,
  ParticipantQuery,
  ParticipantSummary,
  RaterInput,
  RaterRole,
  ResultExportFormat,
  ResultFilter,
  RoleState,
} from '@evkin/contracts';
import { firstValueFrom } from 'rxjs';

type QueryValue = string | number | boolean | null | undefined;

/** Query parameters without the empty ones, so an unset filter is absent rather than `province=`. */
export function queryParams(values: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values) as [string, QueryValue][]) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** The admin routes of docs/api.md (GET lists are read with httpResource in the pages; these are the rest). */
export const ADMIN_URLS = {
  catalogue: '/api/admin/catalogue',
  items: '/api/admin/items',
  batteries: '/api/admin/batteries',
  battery: (id: string) => `/api/admin/batteries/${encodeURIComponent(id)}`,
  participants: '/api/admin/participants',
  importTemplate: '/api/admin/imports/template',
  mismatches: '/api/admin/mismatches',
  audit: '/api/admin/audit',
  accounts: '/api/admin/accounts',
  batteryResults: (id: string) => `/api/admin/batteries/${encodeURIComponent(id)}/results`,
  analytics: (id: string) => `/api/admin/batteries/${encodeURIComponent(id)}/analytics`,
  result: (participantId: string) => `/api/admin/results/${encodeURIComponent(participantId)}`,
} as const;

export interface ImportUpload {
  file: File;
  batteryId: string | null;
  dryRun: boolean;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

function fileNameOf(response: HttpResponse<Blob>, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** Changes made from the console (admin role only) and file downloads. The bearer token is added by the interceptor. */
@Injectable()
export class AdminApi {
  private readonly http = inject(HttpClient);

  participants(query: ParticipantQuery): Promise<Page<ParticipantSummary>> {
    return firstValueFrom(
      this.http.get<Page<ParticipantSummary>>(ADMIN_URLS.participants, { params: queryParams(query) }),
    );
  }

  createItem(input: BankItemInput): Promise<BankItem> {
    return firstValueFrom(this.http.post<BankItem>(ADMIN_URLS.items, input));
  }

  updateItem(id: string, update: BankItemUpdate): Promise<BankItem> {
    return firstValueFrom(this.http.patch<BankItem>(`${ADMIN_URLS.items}/${encodeURIComponent(id)}`, update));
  }

  createBattery(input: BatteryInput): Promise<BatteryView> {
    return firstValueFrom(this.http.post<BatteryView>(ADMIN_URLS.batteries, input));
  }

  updateBattery(id: string, input: BatteryInput): Promise<BatteryView> {
    return firstValueFrom(this.http.put<BatteryView>(ADMIN_URLS.battery(id), input));
  }

  setBatteryStatus(id: string, status: BatteryStatus): Promise<BatteryView> {
    return firstValueFrom(this.http.post<BatteryView>(`${ADMIN_URLS.battery(id)}/status`, { status }));
  }

  importParticipants(upload: ImportUpload): Promise<ImportReport> {
    const body = new FormData();
    body.append('file', upload.file, upload.file.name);
    if (upload.batteryId) body.append('batteryId', upload.batteryId);
    body.append('dryRun', String(upload.dryRun));
    return firstValueFrom(this.http.post<ImportReport>('/api/admin/imports', body));
  }

  /** The gateway's template, headed in the language the request asks for (Accept-Language, added by the app). */
  importTemplate(format: 'csv' | 'xlsx'): Promise<DownloadedFile> {
    return this.download(ADMIN_URLS.importTemplate, `templat-peserta.${format}`, queryParams({ format }));
  }

  /** Invited and completed counts, read in the database (the dashboard's numbers). */
  progress(batteryId: string): Promise<BatteryProgress> {
    return firstValueFrom(this.http.get<BatteryProgress>(`${ADMIN_URLS.battery(batteryId)}/progress`));
  }

  invite(batteryId: string, participantIds?: string[]): Promise<InviteBatteryResult> {
    return firstValueFrom(
      this.http.post<InviteBatteryResult>(
        `${ADMIN_URLS.battery(batteryId)}/invitations`,
        participantIds ? { participantIds } : {},
      ),
    );
  }

  remind(batteryId: string): Promise<{ roundId: string; reminded: number }> {
    return firstValueFrom(
      this.http.post<{ roundId: string; reminded: number }>(`${ADMIN_URLS.battery(batteryId)}/reminders`, {}),
    );
  }

  resend(participantId: string, role: RaterRole): Promise<RoleState> {
    return firstValueFrom(this.http.post<RoleState>(`${this.participant(participantId)}/raters/${role}/resend`, {}));
  }

  setRater(participantId: string, role: RaterRole, rater: RaterInput): Promise<RoleState> {
    return firstValueFrom(this.http.put<RoleState>(`${this.participant(participantId)}/raters/${role}`, rater));
  }

  issueLink(participantId: string, kind: IssuedLink['kind'], role?: RaterRole): Promise<IssuedLink> {
    return firstValueFrom(
      this.http.post<IssuedLink>(`${this.participant(participantId)}/links`, role ? { kind, role } : { kind }),
    );
  }

  reportPdf(participantId: string): Promise<DownloadedFile> {
    return this.download(`${ADMIN_URLS.result(participantId)}/report`, `laporan-${participantId}.pdf`);
  }

  exportResults(batteryId: string, format: ResultExportFormat, filter: ResultFilter): Promise<DownloadedFile> {
    return this.download(
      `${ADMIN_URLS.batteryResults(batteryId)}/export`,
      `hasil-${batteryId}.${format}`,
      queryParams({ ...filter, format }),
    );
  }

  /** One part of the zip of individual reports; `parts` (from X-Evkin-Archive-Parts) says how many there are. */
  async reportsArchive(
    batteryId: string,
    filter: ResultFilter,
    part: number,
  ): Promise<DownloadedFile & { parts: number }> {
    const response = await firstValueFrom(
      this.http.get(`${ADMIN_URLS.battery(batteryId)}/reports/archive`, {
        params: queryParams({ ...filter, part }),
        responseType: 'blob',
        observe: 'response',
      }),
    );
    return {
      blob: response.body ?? new Blob(),
      fileName: fileNameOf(response, `laporan-${batteryId}-${part}.zip`),
      parts: Number(response.headers.get('X-Evkin-Archive-Parts')) || 1,
    };
  }

  directorateReportPdf(batteryId: string, sections: Record<string, string>): Promise<DownloadedFile> {
    return this.downloadPost(
      `${ADMIN_URLS.battery(batteryId)}/directorate-report.pdf`,
      { sections },
      `laporan-direktorat-${batteryId}.pdf`,
    );
  }

  createAccount(input: AdminAccountInput): Promise<AdminAccount> {
    return firstValueFrom(this.http.post<AdminAccount>(ADMIN_URLS.accounts, input));
  }

  private participant(id: string): string {
    return `${ADMIN_URLS.participants}/${encodeURIComponent(id)}`;
  }

  private async download(url: string, fallbackName: string, params?: HttpParams): Promise<DownloadedFile> {
    const response = await firstValueFrom(this.http.get(url, { params, responseType: 'blob', observe: 'response' }));
    return { blob: response.body ?? new Blob(), fileName: fileNameOf(response, fallbackName) };
  }

  private async downloadPost(url: string, body: unknown, fallbackName: string): Promise<DownloadedFile> {
    const response = await firstValueFrom(this.http.post(url, body, { responseType: 'blob', observe: 'response' }));
    return { blob: response.body ?? new Blob(), fileName: fileNameOf(response, fallbackName) };
  }
}
