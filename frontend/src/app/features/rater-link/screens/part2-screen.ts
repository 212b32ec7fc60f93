import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { localized } from '../../portal-shared/localized';
import { itemDomId } from '../journey-steps';
import { JourneyStore } from '../journey-store';

/**
 * Bagian 2 (seed 000 Gambar 12–13): one sub-competency per page, each statement with the four-point
 * scale as a radio group. On phones every statement and every answer takes its own row.
 */
@Component({
  selector: 'app-part2-screen',
  imports: [MatButtonModule, MatRadioModule, TranslatePipe],
  templateUrl: './part2-screen.html',
  styleUrls: ['./screens.scss', './part2-screen.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Part2Screen {
  protected readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);
  protected readonly itemDomId = itemDomId;

  protected readonly total = computed(() => this.store.form()?.part2.length ?? 0);

  protected readonly section = computed(() => {
    const language = this.i18n.language();
    const section = this.store.form()?.part2[this.store.part2Index()];
    if (!section) return null;
    const ratings = this.store.ratings();
    return {
      name: localized(language, section.name, section.en),
      description: section.description ? localized(language, section.description, section.descriptionEn) : null,
      answered: section.items.filter((item) => ratings[item.id] !== undefined).length,
      items: section.items.map((item) => ({ id: item.id, text: localized(language, item.text, item.en) })),
    };
  });

  protected readonly scale = computed(() =>
    [...(this.store.form()?.scale ?? [])]
      .sort((a, b) => b.value - a.value)
      .map((option) => ({ value: option.value, label: localized(this.i18n.language(), option.label, option.en) })),
  );
}
