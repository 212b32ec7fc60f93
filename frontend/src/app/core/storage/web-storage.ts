import { DOCUMENT, inject, InjectionToken } from '@angular/core';

/**
 * Web Storage that never throws: browsers block storage in some privacy modes and throw on quota,
 * and the portal must keep working for the current page even when nothing can be persisted.
 */
export class WebStorage {
  constructor(private readonly area: () => Storage | undefined) {}

  getItem(key: string): string | null {
    try {
      return this.area()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  setItem(key: string, value: string): void {
    try {
      this.area()?.setItem(key, value);
    } catch {
      // Persistence is a convenience; the in-memory state still holds the value.
    }
  }

  removeItem(key: string): void {
    try {
      this.area()?.removeItem(key);
    } catch {
      // Nothing was stored if storage is unavailable.
    }
  }
}

export const LOCAL_STORAGE = new InjectionToken<WebStorage>('LOCAL_STORAGE', {
  providedIn: 'root',
  factory: () => {
    const view = inject(DOCUMENT).defaultView;
    return new WebStorage(() => view?.localStorage);
  },
});

export const SESSION_STORAGE = new InjectionToken<WebStorage>('SESSION_STORAGE', {
  providedIn: 'root',
  factory: () => {
    const view = inject(DOCUMENT).defaultView;
    return new WebStorage(() => view?.sessionStorage);
  },
});
