import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { SaveAnswersRequest, SaveResult } from '@evkin/contracts';
import { firstValueFrom } from 'rxjs';
import { PORTAL_TIMER } from '../portal-shared/portal-timer';
import { linkProblemOf, type PortalError, toPortalError } from '../portal-shared/portal-error';
import { PortalApi } from './portal-api';

export const AUTOSAVE_DEBOUNCE_MS = 800;
/** Waits before the automatic retries after a failed save; the last one repeats. */
export const AUTOSAVE_RETRY_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000];

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: PortalError; willRetry: boolean }
  | { kind: 'session-expired' };

export interface AutosaveHooks {
  sessionToken(): string | null;
  saved(result: SaveResult): void;
  sessionExpired(): void;
}

function isEmpty(request: SaveAnswersRequest): boolean {
  return request.part1 === undefined && Object.keys(request.part2 ?? {}).length === 0;
}

/** Later changes win: Part 1 is replaced whole, Part 2 answers merge item by item. */
function merge(older: SaveAnswersRequest, newer: SaveAnswersRequest): SaveAnswersRequest {
  const part1 = newer.part1 ?? older.part1;
  const part2 = { ...older.part2, ...newer.part2 };
  return { ...(part1 ? { part1 } : {}), ...(Object.keys(part2).length ? { part2 } : {}) };
}

/**
 * Saves answers as the rater goes: changes are collected for a short while and sent together with
 * `PUT /api/portal/answers`. A change is only forgotten once the server confirmed it; a failed batch
 * goes back into the queue (under any newer change) and is sent again, automatically and on demand.
 */
@Injectable()
export class AutosaveService {
  private readonly api = inject(PortalApi);
  private readonly timer = inject(PORTAL_TIMER);
  private hooks: AutosaveHooks | null = null;
  private queue: SaveAnswersRequest = {};
  private inFlight: Promise<boolean> | null = null;
  private cancelScheduled: (() => void) | null = null;
  private failures = 0;

  readonly state = signal<SaveState>({ kind: 'idle' });
  /** True while any change is not yet confirmed by the server. */
  readonly unsaved = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancelScheduled?.());
  }

  connect(hooks: AutosaveHooks): void {
    this.hooks = hooks;
  }

  change(request: SaveAnswersRequest): void {
    this.queue = merge(this.queue, request);
    this.unsaved.set(true);
    if (this.state().kind !== 'session-expired') {
      if (this.state().kind !== 'failed') this.state.set({ kind: 'pending' });
      this.schedule(AUTOSAVE_DEBOUNCE_MS);
    }
  }

  /** The changes not yet confirmed, to lay over answers loaded again from the server. */
  queued(): SaveAnswersRequest {
    return this.queue;
  }

  /** After a new session: the queue is kept and sent again. */
  resume(): void {
    this.failures = 0;
    this.state.set(this.unsaved() ? { kind: 'pending' } : { kind: 'idle' });
    if (this.unsaved()) this.schedule(0);
  }

  /** Sends everything now; true once the server holds every change. */
  async flush(): Promise<boolean> {
    this.cancel();
    // Several callers may wait on the same request; each waits again if another one sent more meanwhile.
    while (this.inFlight) {
      if (!(await this.inFlight)) return false;
    }
    if (isEmpty(this.queue)) return this.state().kind !== 'failed' && this.state().kind !== 'session-expired';
    if (!(await this.send())) return false;
    return this.flush();
  }

  private schedule(ms: number): void {
    this.cancel();
    this.cancelScheduled = this.timer.schedule(() => {
      this.cancelScheduled = null;
      void this.flush();
    }, ms);
  }

  private cancel(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
  }

  private send(): Promise<boolean> {
    const hooks = this.hooks;
    const token = hooks?.sessionToken() ?? null;
    if (!hooks || !token) {
      this.state.set({ kind: 'session-expired' });
      hooks?.sessionExpired();
      return Promise.resolve(false);
    }
    const batch = this.queue;
    this.queue = {};
    this.state.set({ kind: 'saving' });
    const attempt = firstValueFrom(this.api.saveAnswers(token, batch)).then(
      (result) => {
        this.inFlight = null;
        this.failures = 0;
        this.state.set({ kind: 'saved', at: result.savedAt });
        this.unsaved.set(!isEmpty(this.queue));
        hooks.saved(result);
        return true;
      },
      (failure: unknown) => {
        this.inFlight = null;
        this.queue = merge(batch, this.queue);
        const error = toPortalError(failure);
        if (linkProblemOf(error, 'session') === 'session_expired') {
          this.state.set({ kind: 'session-expired' });
          hooks.sessionExpired();
          return false;
        }
        const delay = AUTOSAVE_RETRY_MS[Math.min(this.failures, AUTOSAVE_RETRY_MS.length - 1)] ?? 30_000;
        this.failures += 1;
        const willRetry = error.status === 0 || error.status === 429 || error.status >= 500;
        this.state.set({ kind: 'failed', error, willRetry });
        if (willRetry) this.schedule(delay);
        return false;
      },
    );
    this.inFlight = attempt;
    return attempt;
  }
}
