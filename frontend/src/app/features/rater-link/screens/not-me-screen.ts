import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { JourneyStore } from '../journey-store';

/** After **Bukan Saya**: the report is recorded and nothing else is asked. */
@Component({
  selector: 'app-not-me-screen',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 id="screen-heading" tabindex="-1">{{ 'portal.notMe.title' | t }}</h1>
    @if (reportedAt(); as date) {
      <p>{{ 'portal.notMe.at' | t: { date } }}</p>
    }
    <p>{{ 'portal.notMe.body' | t }}</p>
  `,
})
export class NotMeScreen {
  private readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);

  protected readonly reportedAt = computed(() => {
    const at = this.store.link()?.notMeAt;
    return at ? this.i18n.formatDateTime(at) : null;
  });
}
