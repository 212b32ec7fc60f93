import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule, type MatButtonToggleChange } from '@angular/material/button-toggle';
import type { Language } from '@evkin/contracts';
import { I18nService, isLanguage } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

interface LanguageOption {
  code: Language;
  short: string;
  /** Each language is named in itself, so a reader of either language can find their own. */
  name: string;
}

@Component({
  selector: 'app-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-label]="'language.label' | t"
      [value]="i18n.language()"
      (change)="select($event)"
    >
      @for (option of options; track option.code) {
        <mat-button-toggle [value]="option.code" [attr.lang]="option.code">
          {{ option.short }}<span class="visually-hidden"> {{ option.name }}</span>
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly options: readonly LanguageOption[] = [
    { code: 'id', short: 'ID', name: 'Bahasa Indonesia' },
    { code: 'en', short: 'EN', name: 'English' },
  ];

  protected select(change: MatButtonToggleChange): void {
    if (isLanguage(change.value)) this.i18n.use(change.value);
  }
}
