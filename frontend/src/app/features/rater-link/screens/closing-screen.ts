import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MissingAnswer } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { localized } from '../../portal-shared/localized';
import { JourneyStore } from '../journey-store';
import { ActionError } from './action-error';

interface MissingEntry {
  key: string;
  /** Section name, or null for the rater list. */
  section: string | null;
  statement: string | null;
  missing: MissingAnswer;
}

/**
 * Halaman penutup (seed 000 Gambar 14): what is still missing, each entry leading to its place, and
 * **Kirim Data**.
 */
@Component({
  selector: 'app-closing-screen',
  imports: [ActionError, MatButtonModule, TranslatePipe],
  templateUrl: './closing-screen.html',
  styleUrls: ['./screens.scss', './closing-screen.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClosingScreen {
  protected readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);

  protected readonly entries = computed<MissingEntry[]>(() => {
    const language = this.i18n.language();
    const sections = this.store.form()?.part2 ?? [];
    return this.store.missing().map((missing, index) => {
      if (missing.section === 'raters') return { key: `raters-${index}`, section: null, statement: null, missing };
      const section = sections.find(
        (candidate) =>
          candidate.subCompetencyId === missing.subCompetencyId ||
          candidate.items.some((item) => item.id === missing.itemId),
      );
      const item = section?.items.find((candidate) => candidate.id === missing.itemId);
      return {
        key: `${missing.subCompetencyId ?? ''}-${missing.itemId ?? index}`,
        section: section ? localized(language, section.name, section.en) : (missing.subCompetencyId ?? ''),
        statement: item ? localized(language, item.text, item.en) : null,
        missing,
      };
    });
  });
}
