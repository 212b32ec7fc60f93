import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MonitoringView, RaterInput, RaterRole, RoleState } from '@evkin/contracts';
import type { Observable } from 'rxjs';
import { bearer } from '../../core/api/bearer';

/** Halaman Monitoring routes of docs/api.md, with the participant's monitoring token. */
@Injectable({ providedIn: 'root' })
export class MonitoringApi {
  private readonly http = inject(HttpClient);

  view(token: string): Observable<MonitoringView> {
    return this.http.get<MonitoringView>('/api/monitoring', { headers: bearer(token) });
  }

  resend(token: string, role: RaterRole): Observable<RoleState> {
    return this.http.post<RoleState>(`/api/monitoring/raters/${role}/resend`, {}, { headers: bearer(token) });
  }

  setRater(token: string, role: RaterRole, rater: RaterInput): Observable<RoleState> {
    return this.http.put<RoleState>(`/api/monitoring/raters/${role}`, rater, { headers: bearer(token) });
  }

  proof(token: string): Observable<Blob> {
    return this.http.get('/api/monitoring/proof.pdf', { headers: bearer(token), responseType: 'blob' });
  }

  report(token: string): Observable<Blob> {
    return this.http.get('/api/monitoring/report.pdf', { headers: bearer(token), responseType: 'blob' });
  }
}
