import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { JourneyStore } from '../journey-store';

/** Halaman selesai (seed 000 Gambar 15): **Download Bukti Penyelesaian (PDF)**. */
@Component({
  selector: 'app-finish-screen',
  imports: [MatButtonModule, TranslatePipe],
  styleUrl: './screens.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 id="screen-heading" tabindex="-1">{{ 'portal.finished.title' | t }}</h1>
    @if (submittedAt(); as date) {
      <p>{{ 'portal.finished.submittedAt' | t: { date } }}</p>
    }
    <p>{{ 'portal.finished.body' | t }}</p>
    @if (store.link()?.role === 'self') {
      <p>{{ 'portal.finished.monitoring' | t }}</p>
    }
    @if (store.proofState() === 'failed') {
      <p class="error" role="alert">{{ 'portal.finished.downloadFailed' | t }}</p>
    }
    <div class="actions">
      <button
        matButton="filled"
        type="button"
        disabledInteractive
        [disabled]="store.proofState() === 'loading'"
        (click)="store.downloadProof()"
      >
        {{ (store.proofState() === 'loading' ? 'portal.finished.downloading' : 'portal.finished.download') | t }}
      </button>
      @if (store.form()) {
        <button matButton="outlined" type="button" (click)="store.review()">{{ 'portal.finished.review' | t }}</button>
      }
    </div>
  `,
})
export class FinishScreen {
  protected readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);

  protected readonly submittedAt = computed(() => {
    const at = this.store.submittedAt();
    return at ? this.i18n.formatDateTime(at) : null;
  });
}
