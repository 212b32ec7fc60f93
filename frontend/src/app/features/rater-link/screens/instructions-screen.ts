import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { localized } from '../../portal-shared/localized';
import { JourneyStore } from '../journey-store';

/**
 * Instruksi Bagian 1 and Instruksi Bagian 2 (seed 000 Gambar 8 and 11): what to do, then **Mulai Bagian 1**
 * or **Mulai Bagian 2**. Part 2's instructions show the answer scale.
 */
@Component({
  selector: 'app-instructions-screen',
  imports: [MatButtonModule, TranslatePipe],
  styleUrl: './screens.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let participant = store.link()?.participant?.name ?? '';
    @if (part() === 1) {
      <h1 id="screen-heading" tabindex="-1">{{ 'portal.part1Intro.title' | t }}</h1>
      <p>{{ 'portal.part1Intro.body' | t: { participant } }}</p>
      <p>{{ 'portal.part1Intro.search' | t }}</p>
    } @else {
      <h1 id="screen-heading" tabindex="-1">{{ 'portal.part2Intro.title' | t }}</h1>
      <p>{{ 'portal.part2Intro.body' | t: { participant } }}</p>
      <ul>
        @for (label of scale(); track $index) {
          <li>{{ label }}</li>
        }
      </ul>
      <p>{{ 'portal.part2Intro.sections' | t: { count: store.form()?.part2?.length ?? 0 } }}</p>
    }
    <div class="actions">
      <button matButton="outlined" type="button" (click)="store.back()">{{ 'portal.back' | t }}</button>
      <button matButton="filled" type="button" (click)="store.next()">
        {{ (part() === 1 ? 'portal.part1Intro.start' : 'portal.part2Intro.start') | t }}
      </button>
    </div>
  `,
})
export class InstructionsScreen {
  protected readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);

  readonly part = input.required<1 | 2>();

  protected readonly scale = computed(() =>
    (this.store.form()?.scale ?? []).map((option) => localized(this.i18n.language(), option.label, option.en)),
  );
}
