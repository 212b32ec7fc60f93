import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  FormView,
  LinkView,
  PortalSession,
  PortalSubmitResult,
  RaterListRequest,
  SaveAnswersRequest,
  SaveResult,
} from '@evkin/contracts';
import type { Observable } from 'rxjs';
import { bearer } from '../../core/api/bearer';

/** The rater portal routes of docs/api.md; each call carries the link or the session token. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);

  link(linkToken: string): Observable<LinkView> {
    return this.http.get<LinkView>('/api/portal/link', { headers: bearer(linkToken) });
  }

  startSession(linkToken: string): Observable<PortalSession> {
    return this.http.post<PortalSession>('/api/portal/sessions', {}, { headers: bearer(linkToken) });
  }

  notMe(linkToken: string, note: string | null): Observable<LinkView> {
    return this.http.post<LinkView>('/api/portal/not-me', note ? { note } : {}, { headers: bearer(linkToken) });
  }

  form(sessionToken: string): Observable<FormView> {
    return this.http.get<FormView>('/api/portal/form', { headers: bearer(sessionToken) });
  }

  saveAnswers(sessionToken: string, request: SaveAnswersRequest): Observable<SaveResult> {
    return this.http.put<SaveResult>('/api/portal/answers', request, { headers: bearer(sessionToken) });
  }

  saveRaters(sessionToken: string, request: RaterListRequest): Observable<FormView['raterList']> {
    return this.http.put<FormView['raterList']>('/api/portal/raters', request, { headers: bearer(sessionToken) });
  }

  submit(sessionToken: string): Observable<PortalSubmitResult> {
    return this.http.post<PortalSubmitResult>('/api/portal/submit', {}, { headers: bearer(sessionToken) });
  }

  /** Works with the link token too, so the proof can be fetched again after the session ended. */
  proofPdf(token: string): Observable<Blob> {
    return this.http.get('/api/portal/proof.pdf', { headers: bearer(token), responseType: 'blob' });
  }
}
