import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AssignmentView, SubmitResult } from '@evkin/contracts';
import type { Observable } from 'rxjs';
import { bearer } from '../../core/api/bearer';

@Injectable({ providedIn: 'root' })
export class RaterLinkApi {
  private readonly http = inject(HttpClient);

  getAssignment(token: string): Observable<AssignmentView> {
    return this.http.get<AssignmentView>('/api/portal/assignment', { headers: bearer(token) });
  }

  submit(token: string): Observable<SubmitResult> {
    // The walking skeleton has no questions yet; the body already has its final shape.
    return this.http.post<SubmitResult>('/api/portal/assignment/submit', { answers: {} }, { headers: bearer(token) });
  }
}
