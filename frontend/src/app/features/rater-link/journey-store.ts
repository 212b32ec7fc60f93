import { afterNextRender, computed, DestroyRef, DOCUMENT, inject, Injectable, Injector, signal } from '@angular/core';
import type {
  FieldError,
  FormView,
  LinkView,
  MissingAnswer,
  RaterListRequest,
  SaveAnswersRequest,
} from '@evkin/contracts';
import { firstValueFrom } from 'rxjs';
import { I18nService } from '../../core/i18n/i18n.service';
import { SESSION_STORAGE } from '../../core/storage/web-storage';
import { fetchWhenReady, PROOF_FILE_NAME, saveBlob } from '../portal-shared/download';
import { PORTAL_TIMER } from '../portal-shared/portal-timer';
import { type LinkProblem, linkProblemOf, type PortalError, toPortalError } from '../portal-shared/portal-error';
import { AutosaveService } from './autosave.service';
import { isJourneyStep, itemDomId, type JourneyStep, type Screen, stepsFor } from './journey-steps';
import { PortalApi } from './portal-api';
import { PortalSessionService } from './portal-session.service';

const PLACE_KEY = 'evkin.portalPlace';

interface Place {
  assignmentId: string;
  screen: JourneyStep;
  part2Index: number;
}

export type ActionFailure = { kind: 'api'; error: PortalError } | { kind: 'unsaved' } | { kind: 'missing' };

/**
 * The state of one rater's journey through the portal: which screen shows, what the server sent and
 * what the rater answered. Screens read it and call its actions; answers go to the AutosaveService.
 */
@Injectable()
export class JourneyStore {
  private readonly api = inject(PortalApi);
  private readonly sessions = inject(PortalSessionService);
  private readonly autosave = inject(AutosaveService);
  private readonly i18n = inject(I18nService);
  private readonly storage = inject(SESSION_STORAGE);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly timer = inject(PORTAL_TIMER);
  private destroyed = false;
  private linkToken: string | null = null;
  /** Where to return after a new session replaced an ended one. */
  private resumeAt: JourneyStep | null = null;

  readonly screen = signal<Screen>('loading');
  readonly problem = signal<LinkProblem>('link_invalid');
  readonly loadError = signal<PortalError | null>(null);
  readonly link = signal<LinkView | null>(null);
  readonly form = signal<FormView | null>(null);
  readonly ticks = signal<ReadonlySet<string>>(new Set());
  readonly ratings = signal<Readonly<Record<string, number>>>({});
  readonly raterList = signal<FormView['raterList']>(null);
  readonly part2Index = signal(0);
  readonly busy = signal(false);
  readonly failure = signal<ActionFailure | null>(null);
  readonly serverMissing = signal<MissingAnswer[] | null>(null);
  readonly submittedAt = signal<string | null>(null);
  /** Answers came back from an earlier visit (this or another device). */
  readonly resumed = signal(false);
  readonly proofState = signal<'idle' | 'loading' | 'failed'>('idle');

  readonly readOnly = computed(() => this.submittedAt() !== null);
  readonly steps = computed(() => stepsFor(this.link()?.role ?? 'peer'));
  readonly stepNumber = computed(() => {
    const screen = this.screen();
    return isJourneyStep(screen) ? this.steps().indexOf(screen) + 1 : 0;
  });
  readonly part2Total = computed(() =>
    (this.form()?.part2 ?? []).reduce((total, section) => total + section.items.length, 0),
  );
  readonly part2Answered = computed(() => {
    const ratings = this.ratings();
    return (this.form()?.part2 ?? []).reduce(
      (total, section) => total + section.items.filter((item) => ratings[item.id] !== undefined).length,
      0,
    );
  });
  readonly ratersComplete = computed(() => {
    const list = this.raterList();
    return Boolean(list?.workLocation && list.supervisor && list.peer);
  });
  /** What still blocks Kirim Data: the server's list after a refused submit, else computed here. */
  readonly missing = computed<MissingAnswer[]>(() => {
    const fromServer = this.serverMissing();
    if (fromServer) return fromServer;
    const missing: MissingAnswer[] = [];
    if (this.link()?.role === 'self' && !this.ratersComplete()) {
      missing.push({ section: 'raters', subCompetencyId: null, itemId: null });
    }
    const ratings = this.ratings();
    for (const section of this.form()?.part2 ?? []) {
      for (const item of section.items) {
        if (ratings[item.id] === undefined) {
          missing.push({ section: 'part2', subCompetencyId: section.subCompetencyId, itemId: item.id });
        }
      }
    }
    return missing;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
    this.autosave.connect({
      sessionToken: () => this.sessionToken(),
      saved: () => undefined,
      sessionExpired: () => this.sessionEnded(),
    });
  }

  /** Opens the link: the confirmation page, or straight back into a session this tab already started. */
  async open(linkToken: string | null, moveFocus: boolean): Promise<void> {
    this.linkToken = linkToken;
    if (!linkToken) return this.showProblem('link_invalid', moveFocus);
    this.screen.set('loading');
    let link: LinkView;
    try {
      link = await firstValueFrom(this.api.link(linkToken));
    } catch (error) {
      return this.loadFailed(toPortalError(error), 'link', moveFocus);
    }
    // The rater was invited in this language; a choice made on this device still wins.
    this.i18n.suggest(link.rater.language);
    this.link.set(link);
    if (link.submittedAt || link.status === 'submitted') {
      this.submittedAt.set(link.submittedAt ?? '');
      return this.go('finished', moveFocus);
    }
    if (link.notMeAt) return this.go('not-me', moveFocus);
    const sessionToken = link.status === 'cancelled' ? null : this.sessions.token(link.assignmentId);
    if (!sessionToken) return this.go('confirm', moveFocus);
    const place = this.place(link.assignmentId);
    await this.loadForm(sessionToken, place?.screen ?? 'intro', moveFocus, place?.part2Index ?? 0);
  }

  /** **Mulai**: opens a session and loads the form with whatever was saved before. */
  async start(): Promise<void> {
    const link = this.link();
    if (!link || !this.linkToken || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const session = await firstValueFrom(this.api.startSession(this.linkToken));
      this.sessions.keep(link.assignmentId, session);
      const target = this.resumeAt ?? 'intro';
      this.resumeAt = null;
      await this.loadForm(session.sessionToken, target, true, this.part2Index());
    } catch (error) {
      this.actionFailed(toPortalError(error), 'link');
    } finally {
      this.busy.set(false);
    }
  }

  /** **Bukan Saya**: records that the invitation reached the wrong person. */
  async notMe(note: string | null): Promise<void> {
    if (!this.linkToken || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.link.set(await firstValueFrom(this.api.notMe(this.linkToken, note)));
      this.go('not-me');
    } catch (error) {
      this.actionFailed(toPortalError(error), 'link');
    } finally {
      this.busy.set(false);
    }
  }

  next(): void {
    const screen = this.screen();
    if (screen === 'part2' && this.part2Index() < (this.form()?.part2.length ?? 0) - 1) {
      this.part2Index.update((index) => index + 1);
      return this.go('part2');
    }
    if (screen === 'part2-intro') this.part2Index.set(this.firstOpenSection());
    const steps = this.steps();
    const following = isJourneyStep(screen) ? steps[steps.indexOf(screen) + 1] : undefined;
    if (following) this.go(following);
  }

  back(): void {
    const screen = this.screen();
    if (screen === 'part2' && this.part2Index() > 0) {
      this.part2Index.update((index) => index - 1);
      return this.go('part2');
    }
    const steps = this.steps();
    const previous = isJourneyStep(screen) ? steps[steps.indexOf(screen) - 1] : undefined;
    if (previous) this.go(previous);
  }

  /** Leaves the finish page to read the submitted answers, which stay read-only. */
  review(): void {
    if (this.form()) this.go('part1');
  }

  finish(): void {
    this.go('finished');
  }

  tick(code: string, ticked: boolean): void {
    if (this.readOnly()) return;
    const ticks = new Set(this.ticks());
    if (ticked) ticks.add(code);
    else ticks.delete(code);
    this.ticks.set(ticks);
    this.autosave.change({ part1: [...ticks] });
  }

  rate(itemId: string, value: number): void {
    if (this.readOnly()) return;
    this.ratings.update((ratings) => ({ ...ratings, [itemId]: value }));
    this.serverMissing.update((missing) => missing?.filter((entry) => entry.itemId !== itemId) ?? null);
    this.autosave.change({ part2: { [itemId]: value } });
  }

  /**
   * Daftar Rater → Lanjut: names the supervisor and peer (who are invited then) and moves on. Returns
   * the fields the server refused, for the form to show beside them.
   */
  async saveRaters(request: RaterListRequest): Promise<FieldError[]> {
    if (this.readOnly()) {
      this.next();
      return [];
    }
    const token = this.sessionToken();
    if (!token) {
      this.sessionEnded();
      return [];
    }
    if (this.busy()) return [];
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.raterList.set(await firstValueFrom(this.api.saveRaters(token, request)));
      this.serverMissing.update((missing) => missing?.filter((entry) => entry.section !== 'raters') ?? null);
      this.next();
      return [];
    } catch (error) {
      const failure = toPortalError(error);
      this.actionFailed(failure, 'session');
      return failure.fieldErrors;
    } finally {
      this.busy.set(false);
    }
  }

  /** **Kirim Data**: saves what is queued, then submits, unless something is still unanswered. */
  async submit(): Promise<void> {
    if (this.readOnly() || this.busy()) return;
    const token = this.sessionToken();
    if (!token) return this.sessionEnded();
    this.busy.set(true);
    this.failure.set(null);
    try {
      if (!(await this.autosave.flush())) {
        this.failure.set({ kind: 'unsaved' });
        return;
      }
      if (this.missing().length > 0) {
        this.failure.set({ kind: 'missing' });
        this.focus('missing-heading');
        return;
      }
      const result = await firstValueFrom(this.api.submit(token));
      this.submittedAt.set(result.submittedAt);
      this.go('finished');
    } catch (error) {
      const failure = toPortalError(error);
      if (failure.code === 'incomplete' && failure.missing) {
        this.serverMissing.set(failure.missing);
        this.failure.set({ kind: 'missing' });
        this.focus('missing-heading');
      } else if (failure.code === 'already_submitted') {
        this.submittedAt.set(this.link()?.submittedAt ?? '');
        this.go('finished');
      } else {
        this.actionFailed(failure, 'session');
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** From the list of missing answers to the place where it is answered, with focus on it. */
  jumpTo(missing: MissingAnswer): void {
    if (missing.section === 'raters') return this.go('raters');
    const sections = this.form()?.part2 ?? [];
    const index = sections.findIndex((section) =>
      missing.itemId
        ? section.items.some((item) => item.id === missing.itemId)
        : section.subCompetencyId === missing.subCompetencyId,
    );
    this.part2Index.set(Math.max(index, 0));
    this.go('part2', missing.itemId ? `#${itemDomId(missing.itemId)} input` : '#screen-heading');
  }

  /** After an ended session: a new one, then back to the same screen with the queued answers re-sent. */
  restart(): Promise<void> {
    this.screen.set('confirm');
    return this.start();
  }

  async downloadProof(): Promise<void> {
    const token = this.sessions.activeToken() ?? this.linkToken;
    if (!token || this.proofState() === 'loading') return;
    this.proofState.set('loading');
    try {
      saveBlob(this.document, await fetchWhenReady(() => this.api.proofPdf(token), this.timer), PROOF_FILE_NAME);
      this.proofState.set('idle');
    } catch {
      this.proofState.set('failed');
    }
  }

  retryLoad(): Promise<void> {
    return this.open(this.linkToken, true);
  }

  private async loadForm(token: string, target: JourneyStep, moveFocus: boolean, part2Index: number): Promise<void> {
    let form: FormView;
    try {
      form = await firstValueFrom(this.api.form(token));
    } catch (error) {
      return this.loadFailed(toPortalError(error), 'session', moveFocus);
    }
    this.applyForm(form);
    if (form.link.submittedAt) {
      this.submittedAt.set(form.link.submittedAt);
      return this.go('finished', moveFocus);
    }
    const steps = stepsFor(form.link.role);
    this.part2Index.set(Math.min(part2Index, Math.max(form.part2.length - 1, 0)));
    this.autosave.resume();
    this.go(steps.includes(target) ? target : 'intro', moveFocus);
  }

  /** The server's answers, with any change it has not confirmed yet laid over them. */
  private applyForm(form: FormView): void {
    const queued: SaveAnswersRequest = this.autosave.queued();
    const ticks = new Set(queued.part1 ?? form.answers.part1);
    const ratings: Record<string, number> = { ...form.answers.part2 };
    for (const [itemId, value] of Object.entries(queued.part2 ?? {})) {
      if (value === null) delete ratings[itemId];
      else ratings[itemId] = value;
    }
    this.form.set(form);
    this.link.set(form.link);
    this.raterList.set(form.raterList);
    this.ticks.set(ticks);
    this.ratings.set(ratings);
    this.resumed.set(form.answers.part1.length > 0 || Object.keys(form.answers.part2).length > 0);
  }

  private firstOpenSection(): number {
    const ratings = this.ratings();
    const index = (this.form()?.part2 ?? []).findIndex((section) =>
      section.items.some((item) => ratings[item.id] === undefined),
    );
    return Math.max(index, 0);
  }

  private sessionToken(): string | null {
    const link = this.link();
    return link ? this.sessions.token(link.assignmentId) : null;
  }

  private sessionEnded(): void {
    const screen = this.screen();
    if (isJourneyStep(screen)) this.resumeAt = screen;
    this.sessions.clear();
    this.showProblem('session_expired', true);
  }

  private loadFailed(error: PortalError, tokenKind: 'link' | 'session', moveFocus: boolean): void {
    const problem = linkProblemOf(error, tokenKind);
    if (problem === 'session_expired') {
      // A session that ended while the tab was closed: nothing is lost, so start from the confirmation.
      this.sessions.clear();
      return this.go('confirm', moveFocus);
    }
    if (problem) return this.showProblem(problem, moveFocus);
    this.loadError.set(error);
    this.go('load-failed', moveFocus);
  }

  private actionFailed(error: PortalError, tokenKind: 'link' | 'session'): void {
    const problem = linkProblemOf(error, tokenKind);
    if (problem === 'session_expired') return this.sessionEnded();
    if (problem) return this.showProblem(problem, true);
    this.failure.set({ kind: 'api', error });
  }

  private showProblem(problem: LinkProblem, moveFocus: boolean): void {
    this.problem.set(problem);
    this.go('problem', moveFocus);
  }

  /** Shows a screen and, after a user action, moves focus to its heading (or to `focusSelector`). */
  private go(screen: Screen, moveFocus: boolean | string = true): void {
    this.screen.set(screen);
    const link = this.link();
    if (link && isJourneyStep(screen)) {
      const place: Place = { assignmentId: link.assignmentId, screen, part2Index: this.part2Index() };
      this.storage.setItem(PLACE_KEY, JSON.stringify(place));
    }
    if (moveFocus === false) return;
    this.focus(typeof moveFocus === 'string' ? moveFocus : '#screen-heading');
  }

  private focus(selector: string): void {
    const target = selector.startsWith('#') || selector.includes(' ') ? selector : `#${selector}`;
    afterNextRender(
      {
        write: () => {
          if (!this.destroyed) this.document.querySelector<HTMLElement>(target)?.focus();
        },
      },
      { injector: this.injector },
    );
  }

  private place(assignmentId: string): Place | null {
    try {
      const place = JSON.parse(this.storage.getItem(PLACE_KEY) ?? 'null') as Place | null;
      return place?.assignmentId === assignmentId && isJourneyStep(place.screen) ? place : null;
    } catch {
      return null;
    }
  }
}
