import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { AdminSession, LoginRequest, LoginResponse, OidcStatus } from '@evkin/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiError } from '../../../core/api/api-error';
import { bearer } from '../../../core/api/bearer';
import type { TranslationKey } from '../../../core/i18n/id';
import { SESSION_STORAGE } from '../../../core/storage/web-storage';

const STORAGE_KEY = 'evkin.adminSession';

function isSession(value: unknown): value is LoginResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt, user } = value as Partial<LoginResponse>;
  return (
    typeof token === 'string' &&
    typeof expiresAt === 'string' &&
    typeof user?.email === 'string' &&
    typeof user.role === 'string'
  );
}

/** The admin's bearer session, kept per tab (sessionStorage) so closing the browser signs the admin out. */
@Injectable({ providedIn: 'root' })
export class AdminAuthService {
  private readonly http = inject(HttpClient);
  private readonly storage = inject(SESSION_STORAGE);
  private readonly current = signal<LoginResponse | null>(this.restore());
  private readonly noticeKey = signal<TranslationKey | null>(null);

  readonly session = this.current.asReadonly();
  /** Why the admin is looking at the sign-in form again (e.g. the session expired); shown above the form. */
  readonly notice = this.noticeKey.asReadonly();
  /** Viewers may read everything but change nothing: every change control is hidden for them. */
  readonly canEdit = computed(() => this.current()?.user.role === 'admin');

  async signIn(credentials: LoginRequest): Promise<void> {
    this.keep(await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', credentials)));
  }

  /** Whether the gateway offers single sign-on (OIDC_ISSUER set); unknown counts as no. */
  async ssoEnabled(): Promise<boolean> {
    try {
      return (await firstValueFrom(this.http.get<OidcStatus>('/api/auth/oidc'))).enabled;
    } catch {
      return false;
    }
  }

  /**
   * Keeps a session the gateway opened through SSO. Only the token travels in the URL fragment; who
   * it belongs to and when it ends is asked of the gateway, which also proves the token works.
   */
  async adoptSsoToken(token: string): Promise<void> {
    const me = await firstValueFrom(this.http.get<AdminSession>('/api/auth/me', { headers: bearer(token) }));
    this.keep({ token, expiresAt: me.expiresAt, user: { email: me.email, role: me.role } });
  }

  /**
   * Revokes the session on the server before forgetting it, so a failed call can be retried rather than
   * leaving a live token behind on a shared computer. A 401 means the server has already dropped it.
   */
  async signOut(): Promise<void> {
    const session = this.current();
    if (!session) return;
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null, { headers: bearer(session.token) }));
    } catch (error) {
      if (toApiError(error).status !== 401) throw error;
    }
    this.forget('admin.session.signedOut');
  }

  /** The server refused the token (401) or its expiry passed: back to the sign-in form, saying why. */
  expire(): void {
    if (!this.current()) return;
    this.forget('admin.session.expired');
  }

  /** The token if the session is still valid; an expired session is dropped on the way. */
  validToken(): string | null {
    const session = this.current();
    if (!session) return null;
    if (Date.parse(session.expiresAt) <= Date.now()) {
      this.expire();
      return null;
    }
    return session.token;
  }

  private keep(session: LoginResponse): void {
    this.storage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.noticeKey.set(null);
    this.current.set(session);
  }

  private forget(notice: TranslationKey): void {
    this.storage.removeItem(STORAGE_KEY);
    this.noticeKey.set(notice);
    this.current.set(null);
  }

  private restore(): LoginResponse | null {
    const stored = this.storage.getItem(STORAGE_KEY);
    if (!stored) return null;
    try {
      const session: unknown = JSON.parse(stored);
      if (isSession(session) && Date.parse(session.expiresAt) > Date.now()) return session;
    } catch {
      // A corrupt entry is treated like an expired one.
    }
    this.storage.removeItem(STORAGE_KEY);
    return null;
  }
}
