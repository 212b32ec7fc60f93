import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { fallbackMessageKey } from '../../core/api/api-error';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { AutosaveService } from './autosave.service';
import { JourneyStore } from './journey-store';

/** Where the rater is (step, Part 2 answers) and whether their answers are saved. */
@Component({
  selector: 'app-journey-progress',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress">
      <p class="step">
        {{ 'portal.progress.step' | t: { current: store.stepNumber(), total: store.steps().length } }}
        <span class="separator" aria-hidden="true">·</span>
        {{ 'portal.progress.part2' | t: { answered: store.part2Answered(), total: store.part2Total() } }}
      </p>
      <mat-progress-bar mode="determinate" [value]="percent()" [attr.aria-label]="'portal.progress.label' | t" />
      @if (store.readOnly()) {
        <p class="save">{{ 'portal.save.readOnly' | t }}</p>
      } @else {
        <p class="save" role="status">
          @switch (save().kind) {
            @case ('pending') {
              {{ 'portal.save.pending' | t }}
            }
            @case ('saving') {
              {{ 'portal.save.saving' | t }}
            }
            @case ('saved') {
              <span class="saved">✓ {{ 'portal.save.saved' | t }}</span>
            }
          }
        </p>
        @if (failure(); as failure) {
          <div class="error" role="alert">
            <p>
              {{
                (failure.willRetry ? 'portal.save.failed' : 'portal.save.failedStopped') | t: { reason: failure.reason }
              }}
            </p>
            <button matButton="outlined" type="button" (click)="retry()">{{ 'portal.save.retry' | t }}</button>
          </div>
        }
      }
    </div>
  `,
  styles: `
    .progress {
      margin-bottom: 1.5rem;
      padding-bottom: 1rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .step,
    .save {
      margin: 0.5rem 0;
      font: var(--mat-sys-body-medium);
    }
    .saved {
      color: var(--mat-sys-primary);
      font-weight: 600;
    }
    .error p {
      margin-bottom: 0.5rem;
    }
  `,
})
export class JourneyProgress {
  protected readonly store = inject(JourneyStore);
  private readonly autosave = inject(AutosaveService);
  private readonly i18n = inject(I18nService);

  protected readonly save = this.autosave.state;
  protected readonly percent = computed(() => {
    const total = this.store.part2Total();
    return total ? Math.round((this.store.part2Answered() / total) * 100) : 0;
  });
  protected readonly failure = computed(() => {
    const state = this.save();
    if (state.kind !== 'failed') return null;
    const reason = state.error.title ?? this.i18n.t(fallbackMessageKey(state.error));
    return { reason: /[.!?]$/.test(reason) ? reason : `${reason}.`, willRetry: state.willRetry };
  });

  protected retry(): void {
    void this.autosave.flush();
  }
}
