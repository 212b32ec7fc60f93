import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute } from '@angular/router';
import type { AssignmentView } from '@evkin/contracts';
import { type ApiError, fallbackMessageKey, isRetryable, toApiError } from '../../core/api/api-error';
import { I18nService } from '../../core/i18n/i18n.service';
import type { TranslationKey } from '../../core/i18n/id';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { roleLabelKey, statusLabelKey } from './rater-labels';
import { RaterLinkApi } from './rater-link-api';
import { RaterTokenService } from './rater-token.service';

type PageState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'load-failed'; error: ApiError }
  | { kind: 'confirm'; assignment: AssignmentView; submitting: boolean; error: ApiError | null }
  | { kind: 'finished'; submittedAt: string | null };

/** An unknown, expired or revoked link; the gateway answers 401 or 404 without saying which, by design. */
function isLinkInvalid(error: ApiError): boolean {
  return error.status === 401 || error.status === 404 || error.code === 'link_invalid';
}

@Component({
  selector: 'app-rater-link-page',
  imports: [MatButtonModule, MatProgressSpinnerModule, TranslatePipe],
  templateUrl: './rater-link-page.html',
  styleUrl: './rater-link-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RaterLinkPage {
  private readonly api = inject(RaterLinkApi);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly token = inject(RaterTokenService).capture(inject(ActivatedRoute).snapshot.fragment);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly roleLabelKey = roleLabelKey;
  protected readonly statusLabelKey = statusLabelKey;
  protected readonly isRetryable = isRetryable;

  constructor() {
    this.load({ moveFocus: false });
  }

  protected retry(): void {
    this.load({ moveFocus: true });
  }

  protected submit(): void {
    const state = this.state();
    const token = this.token;
    if (!token || state.kind !== 'confirm' || state.submitting) return;
    this.state.set({ ...state, submitting: true, error: null });
    this.api
      .submit(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => this.settle({ kind: 'finished', submittedAt: result.submittedAt }, true),
        error: (error: unknown) => {
          const apiError = toApiError(error);
          if (apiError.code === 'already_submitted') this.settle({ kind: 'finished', submittedAt: null }, true);
          else if (isLinkInvalid(apiError)) this.settle({ kind: 'invalid' }, true);
          else this.state.set({ ...state, submitting: false, error: apiError });
        },
      });
  }

  protected errorMessage(error: ApiError): string {
    return error.title ?? this.i18n.t(fallbackMessageKey(error));
  }

  protected submitLabelKey(state: { submitting: boolean; error: ApiError | null }): TranslationKey {
    if (state.submitting) return 'rater.submitting';
    return state.error && isRetryable(state.error) ? 'rater.retrySubmit' : 'rater.submit';
  }

  protected formatDateTime(isoTimestamp: string): string {
    return this.i18n.formatDateTime(isoTimestamp);
  }

  private load({ moveFocus }: { moveFocus: boolean }): void {
    const token = this.token;
    if (!token) {
      this.state.set({ kind: 'invalid' });
      return;
    }
    this.state.set({ kind: 'loading' });
    this.api
      .getAssignment(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (assignment) =>
          this.settle(
            assignment.status === 'submitted'
              ? { kind: 'finished', submittedAt: assignment.submittedAt }
              : { kind: 'confirm', assignment, submitting: false, error: null },
            moveFocus,
          ),
        error: (error: unknown) => {
          const apiError = toApiError(error);
          this.settle(
            isLinkInvalid(apiError) ? { kind: 'invalid' } : { kind: 'load-failed', error: apiError },
            moveFocus,
          );
        },
      });
  }

  /**
   * After a user action replaces the page content, focus goes to the new heading so keyboard and
   * screen-reader users land on the outcome instead of at the top of the document.
   */
  private settle(state: PageState, moveFocus: boolean): void {
    this.state.set(state);
    if (!moveFocus) return;
    afterNextRender({ write: () => this.heading()?.nativeElement.focus() }, { injector: this.injector });
  }
}
