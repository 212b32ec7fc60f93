import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { JourneyStore } from '../journey-store';

/** Formulir pembukaan (seed 000 Gambar 5): what the instrument holds, then **Lanjut**. */
@Component({
  selector: 'app-intro-screen',
  imports: [MatButtonModule, TranslatePipe],
  styleUrl: './screens.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 id="screen-heading" tabindex="-1">{{ 'portal.intro.title' | t }}</h1>
    @if (store.resumed()) {
      <p class="notice">
        {{ 'portal.intro.resumed' | t: { answered: store.part2Answered(), total: store.part2Total() } }}
      </p>
    }
    <p>{{ 'portal.intro.parts' | t }}</p>
    <ol>
      <li>{{ 'portal.intro.part1' | t: { participant: store.link()?.participant?.name ?? '' } }}</li>
      <li>{{ 'portal.intro.part2' | t }}</li>
    </ol>
    @if (store.link()?.role === 'self') {
      <p>{{ 'portal.intro.raters' | t }}</p>
    }
    <p>{{ 'portal.intro.autosave' | t }}</p>
    <div class="actions">
      <button matButton="filled" type="button" (click)="store.next()">{{ 'portal.next' | t }}</button>
    </div>
  `,
})
export class IntroScreen {
  protected readonly store = inject(JourneyStore);
}
