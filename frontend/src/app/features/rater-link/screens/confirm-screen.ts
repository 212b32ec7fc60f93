import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { TranslationKey } from '../../../core/i18n/id';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatDate, localized } from '../../portal-shared/localized';
import { JourneyStore } from '../journey-store';
import { ActionError } from './action-error';
import { NotMeDialog, type NotMeAnswer } from './not-me-dialog';

/** Konfirmasi Rater (seed 000 Gambar 4): the assignment summary, with **Bukan Saya** / **Mulai**. */
@Component({
  selector: 'app-confirm-screen',
  imports: [ActionError, MatButtonModule, TranslatePipe],
  templateUrl: './confirm-screen.html',
  styleUrl: './screens.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmScreen {
  protected readonly store = inject(JourneyStore);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);

  protected readonly link = computed(() => this.store.link());
  protected readonly roleKey = computed<TranslationKey>(() => `portal.yourRole.${this.link()?.role ?? 'peer'}`);
  protected readonly competencies = computed(() =>
    (this.link()?.competencies ?? []).map((competency) =>
      localized(this.i18n.language(), competency.name, competency.en),
    ),
  );
  protected readonly deadline = computed(() => {
    const link = this.link();
    return link ? formatDate(this.i18n.locale(), link.battery.deadline) : '';
  });

  protected notMe(): void {
    this.dialog
      .open<NotMeDialog, unknown, NotMeAnswer>(NotMeDialog, { width: '32rem', maxWidth: 'calc(100vw - 2rem)' })
      .afterClosed()
      .subscribe((answer) => {
        if (answer) void this.store.notMe(answer.note);
      });
  }
}
