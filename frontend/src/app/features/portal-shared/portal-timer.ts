import { InjectionToken } from '@angular/core';

/** Delayed work (autosave debounce, retry back-off) goes through this, so tests can run it on demand. */
export interface PortalTimer {
  /** Runs `task` after `ms`; the returned function cancels it. */
  schedule(task: () => void, ms: number): () => void;
}

export const PORTAL_TIMER = new InjectionToken<PortalTimer>('PORTAL_TIMER', {
  providedIn: 'root',
  factory: () => ({
    schedule: (task, ms) => {
      const id = setTimeout(task, ms);
      return () => clearTimeout(id);
    },
  }),
});
