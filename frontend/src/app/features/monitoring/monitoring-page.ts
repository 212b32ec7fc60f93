import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  Injector,
  signal,
  type WritableSignal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute } from '@angular/router';
import {
  type FieldError,
  type MonitoringView,
  RATER_ROLES,
  type RaterInput,
  type RaterRole,
  type RoleState,
} from '@evkin/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { fallbackMessageKey, isRetryable } from '../../core/api/api-error';
import { I18nService } from '../../core/i18n/i18n.service';
import type { TranslationKey } from '../../core/i18n/id';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { fetchWhenReady, PROOF_FILE_NAME, saveBlob } from '../portal-shared/download';
import { LinkProblemView } from '../portal-shared/link-problem';
import { formatDate } from '../portal-shared/localized';
import { type LinkProblem, linkProblemOf, type PortalError, toPortalError } from '../portal-shared/portal-error';
import { PORTAL_TIMER } from '../portal-shared/portal-timer';
import { MonitoringApi } from './monitoring-api';
import { MonitoringTokenService } from './monitoring-token.service';
import { RaterForm } from './rater-form';

export const REPORT_FILE_NAME = 'laporan-evaluasi-kinerja.pdf';

type DownloadState = 'idle' | 'loading' | 'failed';

type PageState =
  | { kind: 'loading' }
  | { kind: 'problem'; problem: LinkProblem }
  | { kind: 'load-failed'; error: PortalError }
  | { kind: 'ready' };

interface Editing {
  role: RaterRole;
  mode: 'add' | 'replace';
}

/**
 * Halaman Monitoring (`/m#<monitoring token>`, seed 000 G.2.e): each role's rater, status and invitation
 * email, with **Kirim Ulang**, **Ganti**, **Tambahkan** → **Simpan & Kirim**, and **Unduh Laporan**.
 */
@Component({
  selector: 'app-monitoring-page',
  imports: [LinkProblemView, MatButtonModule, MatProgressSpinnerModule, RaterForm, TranslatePipe],
  templateUrl: './monitoring-page.html',
  styleUrl: './monitoring-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringPage {
  private readonly api = inject(MonitoringApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly timer = inject(PORTAL_TIMER);
  private readonly token = inject(MonitoringTokenService).capture(inject(ActivatedRoute).snapshot.fragment);

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly view = signal<MonitoringView | null>(null);
  protected readonly editing = signal<Editing | null>(null);
  /** The role whose action is under way. */
  protected readonly busyRole = signal<RaterRole | null>(null);
  protected readonly roleError = signal<{ role: RaterRole; message: string } | null>(null);
  /** The outcome of the last action, announced politely. */
  protected readonly announcement = signal('');
  protected readonly reportState = signal<DownloadState>('idle');
  protected readonly proofState = signal<DownloadState>('idle');

  protected readonly deadline = computed(() => {
    const view = this.view();
    return view ? formatDate(this.i18n.locale(), view.battery.deadline) : '';
  });

  constructor() {
    void this.load(false);
  }

  protected roleKey(role: RaterRole): TranslationKey {
    return `role.${role}`;
  }

  protected statusKey(role: RoleState): TranslationKey {
    return role.status === 'none' ? 'monitoring.status.none' : `status.${role.status}`;
  }

  protected emailText(role: RoleState): string {
    const email = role.invitationEmail;
    if (role.role === 'self' || !email) return this.i18n.t('monitoring.email.none');
    if (email.status === 'failed' && email.reason)
      return this.i18n.t('monitoring.email.failedReason', { reason: email.reason });
    return this.i18n.t(`monitoring.email.${email.status}`);
  }

  protected formatDateTime(value: string): string {
    return this.i18n.formatDateTime(value);
  }

  protected canChange(role: RoleState): boolean {
    return role.role !== 'self' && this.view()?.battery.open === true && role.status !== 'submitted';
  }

  protected errorText(error: PortalError): string {
    return error.title ?? this.i18n.t(fallbackMessageKey(error));
  }

  protected readonly isRetryable = isRetryable;

  async load(moveFocus: boolean): Promise<void> {
    if (!this.token) return this.settle({ kind: 'problem', problem: 'link_invalid' }, moveFocus);
    this.state.set({ kind: 'loading' });
    try {
      const view = await firstValueFrom(this.api.view(this.token));
      // The participant was invited in this language; a choice made on this device still wins.
      this.i18n.suggest(view.participant.language);
      this.view.set(view);
      this.settle({ kind: 'ready' }, moveFocus);
    } catch (error) {
      const failure = toPortalError(error);
      const problem = linkProblemOf(failure, 'link');
      this.settle(problem ? { kind: 'problem', problem } : { kind: 'load-failed', error: failure }, moveFocus);
    }
  }

  protected edit(role: RoleState): void {
    this.roleError.set(null);
    this.editing.set({ role: role.role, mode: role.rater ? 'replace' : 'add' });
    this.focus(`#form-${role.role}`);
  }

  protected cancelEdit(role: RaterRole): void {
    this.editing.set(null);
    this.focus(`#role-${role}`);
  }

  protected async resend(role: RoleState): Promise<void> {
    await this.act(
      role.role,
      (token) => this.api.resend(token, role.role),
      () => this.i18n.t('monitoring.resent', { role: this.i18n.t(this.roleKey(role.role)) }),
    );
  }

  /** **Simpan & Kirim** of each role's form; resolves to the fields the server refused, if any. */
  protected readonly savers = Object.fromEntries(
    RATER_ROLES.map((role) => [role, (rater: RaterInput) => this.save(role, rater)]),
  ) as Record<RaterRole, (rater: RaterInput) => Promise<FieldError[]>>;

  private async save(role: RaterRole, rater: RaterInput): Promise<FieldError[]> {
    const failure = await this.act(
      role,
      (token) => this.api.setRater(token, role, rater),
      () => this.i18n.t('monitoring.saved', { role: this.i18n.t(this.roleKey(role)), email: rater.email }),
    );
    if (failure === null) {
      this.editing.set(null);
      this.focus(`#role-${role}`);
    }
    return failure?.fieldErrors ?? [];
  }

  protected downloadReport(): Promise<void> {
    return this.download(this.reportState, (token) => this.api.report(token), REPORT_FILE_NAME);
  }

  /** The participant's own Bukti Penyelesaian, again, from the page they come back to. */
  protected downloadProof(): Promise<void> {
    return this.download(this.proofState, (token) => this.api.proof(token), PROOF_FILE_NAME);
  }

  private async download(
    state: WritableSignal<DownloadState>,
    request: (token: string) => Observable<Blob>,
    fileName: string,
  ): Promise<void> {
    const token = this.token;
    if (!token || state() === 'loading') return;
    state.set('loading');
    try {
      saveBlob(this.document, await fetchWhenReady(() => request(token), this.timer), fileName);
      state.set('idle');
    } catch {
      state.set('failed');
    }
  }

  /** Runs one role's action, puts the returned state in the list and announces the outcome. */
  private async act(
    role: RaterRole,
    call: (token: string) => ReturnType<MonitoringApi['resend']>,
    success: () => string,
  ): Promise<PortalError | null | undefined> {
    // undefined: nothing was sent; null: done; else the failure.
    if (!this.token || this.busyRole()) return undefined;
    this.busyRole.set(role);
    this.roleError.set(null);
    this.announcement.set('');
    try {
      const updated = await firstValueFrom(call(this.token));
      this.view.update((view) =>
        view ? { ...view, roles: view.roles.map((entry) => (entry.role === updated.role ? updated : entry)) } : view,
      );
      this.announcement.set(success());
      return null;
    } catch (error) {
      const failure = toPortalError(error);
      const problem = linkProblemOf(failure, 'link');
      if (problem) this.settle({ kind: 'problem', problem }, true);
      else this.roleError.set({ role, message: this.errorText(failure) });
      return failure;
    } finally {
      this.busyRole.set(null);
    }
  }

  private settle(state: PageState, moveFocus: boolean): void {
    this.state.set(state);
    if (moveFocus) this.focus('#screen-heading');
  }

  private focus(selector: string): void {
    afterNextRender(
      { write: () => this.document.querySelector<HTMLElement>(selector)?.focus() },
      { injector: this.injector },
    );
  }
}
