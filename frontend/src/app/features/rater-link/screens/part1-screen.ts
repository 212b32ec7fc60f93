import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { localized } from '../../portal-shared/localized';
import { JourneyStore } from '../journey-store';

/** Case- and accent-insensitive, so "pelatihan" finds "Pelatihan" and "tenaga" finds "TENAGA". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');
}

/**
 * Bagian 1 (seed 000 Gambar 9–10): tick the work activities carried out, grouped by competency, with a
 * search box to find one activity among eighty. Ticks save as they are made.
 */
@Component({
  selector: 'app-part1-screen',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './part1-screen.html',
  styleUrls: ['./screens.scss', './part1-screen.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Part1Screen {
  protected readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);

  protected readonly query = signal('');

  /** The groups and activities in the reader's language, filtered by the search. */
  protected readonly groups = computed(() => {
    const language = this.i18n.language();
    const terms = normalise(this.query()).split(/\s+/).filter(Boolean);
    return (this.store.form()?.part1 ?? [])
      .map((group) => ({
        id: group.id,
        title: localized(language, group.title, group.en),
        items: group.items
          .map((item) => ({ code: item.code, text: localized(language, item.text, item.en) }))
          .filter((item) => terms.every((term) => normalise(item.text).includes(term))),
      }))
      .filter((group) => group.items.length > 0);
  });

  protected readonly matches = computed(() => this.groups().reduce((total, group) => total + group.items.length, 0));

  protected onSearch(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }
}
