import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute } from '@angular/router';
import { fallbackMessageKey, isRetryable } from '../../core/api/api-error';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LinkProblemView } from '../portal-shared/link-problem';
import { AutosaveService } from './autosave.service';
import { isJourneyStep } from './journey-steps';
import { JourneyProgress } from './journey-progress';
import { JourneyStore } from './journey-store';
import { RaterTokenService } from './rater-token.service';
import { ClosingScreen } from './screens/closing-screen';
import { ConfirmScreen } from './screens/confirm-screen';
import { FinishScreen } from './screens/finish-screen';
import { InstructionsScreen } from './screens/instructions-screen';
import { IntroScreen } from './screens/intro-screen';
import { NotMeScreen } from './screens/not-me-screen';
import { Part1Screen } from './screens/part1-screen';
import { Part2Screen } from './screens/part2-screen';
import { RaterListScreen } from './screens/rater-list-screen';

/**
 * `/e#<link token>`: the rater's whole journey (seed 000 G.2.c–d), one screen at a time. The token is
 * taken from the fragment; the screens share one JourneyStore and one AutosaveService.
 */
@Component({
  selector: 'app-rater-link-page',
  imports: [
    ClosingScreen,
    ConfirmScreen,
    FinishScreen,
    InstructionsScreen,
    IntroScreen,
    JourneyProgress,
    LinkProblemView,
    MatButtonModule,
    MatProgressSpinnerModule,
    NotMeScreen,
    Part1Screen,
    Part2Screen,
    RaterListScreen,
    TranslatePipe,
  ],
  providers: [JourneyStore, AutosaveService],
  templateUrl: './rater-link-page.html',
  styleUrl: './rater-link-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnIfUnsaved($event)' },
})
export class RaterLinkPage {
  protected readonly store = inject(JourneyStore);
  private readonly autosave = inject(AutosaveService);
  private readonly i18n = inject(I18nService);

  protected readonly inJourney = computed(() => isJourneyStep(this.store.screen()));
  protected readonly loadErrorMessage = computed(() => {
    const error = this.store.loadError();
    return error ? (error.title ?? this.i18n.t(fallbackMessageKey(error))) : '';
  });
  protected readonly canRetryLoad = computed(() => {
    const error = this.store.loadError();
    return error !== null && isRetryable(error);
  });

  constructor() {
    const token = inject(RaterTokenService).capture(inject(ActivatedRoute).snapshot.fragment);
    void this.store.open(token, false);
  }

  /** Closing the tab with answers not yet confirmed by the server asks first. */
  protected warnIfUnsaved(event: BeforeUnloadEvent): void {
    if (this.autosave.unsaved()) event.preventDefault();
  }
}
