import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { TranslationKey } from '../../core/i18n/id';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { LinkProblem } from './portal-error';

/** The page shown instead of the portal when its link or session can no longer be used. */
@Component({
  selector: 'app-link-problem',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 id="screen-heading" tabindex="-1">{{ titleKey() | t }}</h1>
    <p>{{ bodyKey() | t }}</p>
    @if (problem() === 'session_expired') {
      <button matButton="filled" type="button" (click)="restart.emit()">{{ 'portal.problem.restart' | t }}</button>
    }
  `,
})
export class LinkProblemView {
  readonly problem = input.required<LinkProblem>();
  readonly restart = output();

  protected readonly titleKey = computed<TranslationKey>(() => `portal.problem.${this.problem()}.title`);
  protected readonly bodyKey = computed<TranslationKey>(() => `portal.problem.${this.problem()}.body`);
}
