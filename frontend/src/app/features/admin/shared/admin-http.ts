import {
  HttpErrorResponse,
  type HttpInterceptorFn,
  provideHttpClient,
  withInterceptors,
  withRequestsMadeViaParent,
} from '@angular/common/http';
import { type EnvironmentProviders, inject, type Provider } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { AdminApi } from './admin-api';
import { AdminAuthService } from './admin-auth.service';
import { CatalogueStore } from './catalogue.store';

/**
 * Every admin API call carries the session's bearer token; a 401 (expired or revoked session) sends the
 * admin back to the sign-in form with a message instead of leaving a page of failed requests.
 */
export const adminAuthInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/admin')) return next(request);
  const auth = inject(AdminAuthService);
  const token = auth.validToken();
  if (!token) {
    return throwError(() => new HttpErrorResponse({ status: 401, statusText: 'Unauthorized', url: request.url }));
  }
  return next(request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) auth.expire();
      return throwError(() => error);
    }),
  );
};

/** Injectables of the admin console, scoped to its lazy route; requests still pass the app's own interceptors. */
export function provideAdminConsole(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([adminAuthInterceptor]), withRequestsMadeViaParent()),
    AdminApi,
    CatalogueStore,
  ];
}
