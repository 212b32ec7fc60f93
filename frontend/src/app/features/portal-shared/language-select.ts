import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Language } from '@evkin/contracts';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * The language a rater's invitation and reminders are written in. Each option is named in its own
 * language, so either reader finds theirs.
 */
@Component({
  selector: 'app-language-select',
  imports: [FormField, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ 'portal.field.emailLanguage' | t }}</mat-label>
      <select matNativeControl [formField]="field()">
        <option value="id" lang="id">Bahasa Indonesia</option>
        <option value="en" lang="en">English</option>
      </select>
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 100%;
      max-width: 32rem;
    }
  `,
})
export class LanguageSelect {
  readonly field = input.required<FieldTree<Language>>();
}
