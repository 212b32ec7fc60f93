import { inject, Injectable } from '@angular/core';
import type { PortalSession } from '@evkin/contracts';
import { SESSION_STORAGE } from '../../core/storage/web-storage';

const STORAGE_KEY = 'evkin.portalSession';

interface StoredSession extends PortalSession {
  assignmentId: string;
}

/**
 * The short session that **Mulai** opens. It lives in sessionStorage, so it belongs to this tab only,
 * survives a reload and is never put in a URL; another device starts its own session from the link.
 */
@Injectable({ providedIn: 'root' })
export class PortalSessionService {
  private readonly storage = inject(SESSION_STORAGE);
  private current: StoredSession | null = this.read();

  /** The session token for this assignment, unless none was started here or it has run out. */
  token(assignmentId: string, now = Date.now()): string | null {
    const session = this.current;
    if (!session || session.assignmentId !== assignmentId) return null;
    if (Date.parse(session.expiresAt) <= now) return null;
    return session.sessionToken;
  }

  /** The token in use, whatever the assignment; the server decides whether it still holds. */
  activeToken(): string | null {
    return this.current?.sessionToken ?? null;
  }

  keep(assignmentId: string, session: PortalSession): void {
    this.current = { ...session, assignmentId };
    this.storage.setItem(STORAGE_KEY, JSON.stringify(this.current));
  }

  clear(): void {
    this.current = null;
    this.storage.removeItem(STORAGE_KEY);
  }

  private read(): StoredSession | null {
    try {
      const parsed = JSON.parse(this.storage.getItem(STORAGE_KEY) ?? 'null') as Partial<StoredSession> | null;
      if (!parsed?.sessionToken || !parsed.assignmentId || !parsed.expiresAt) return null;
      return parsed as StoredSession;
    } catch {
      return null;
    }
  }
}
