import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { fallbackMessageKey } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import { JourneyStore } from '../journey-store';

/** The server's reason, in the reader's language, when an action on the current screen failed. */
@Component({
  selector: 'app-action-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as message) {
      <p class="error" role="alert">{{ message }}</p>
    }
  `,
})
export class ActionError {
  private readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);

  protected readonly message = computed(() => {
    const failure = this.store.failure();
    if (failure?.kind !== 'api') return null;
    return failure.error.title ?? this.i18n.t(fallbackMessageKey(failure.error));
  });
}
