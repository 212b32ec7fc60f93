import { ChangeDetectionStrategy, Component, effect, input, output, signal, untracked } from '@angular/core';
import { email, type FieldTree, form, FormField, FormRoot, maxLength, required } from '@angular/forms/signals';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { FieldError, Language, RaterInput } from '@evkin/contracts';
import type { TranslationKey } from '../../core/i18n/id';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FieldErrorPipe, serverFieldErrors } from '../portal-shared/field-error';
import { LanguageSelect } from '../portal-shared/language-select';

interface RaterModel {
  name: string;
  email: string;
  position: string;
  province: string;
  regency: string;
  language: Language;
}

const EMPTY: RaterModel = { name: '', email: '', position: '', province: '', regency: '', language: 'id' };
const TEXT_MAX = 200;

/** **Tambahkan** / **Ganti** → the new rater's details → **Simpan & Kirim** (seed 000 Gambar 19–20). */
@Component({
  selector: 'app-rater-form',
  imports: [
    FieldErrorPipe,
    FormField,
    FormRoot,
    LanguageSelect,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="rater-form" novalidate [formRoot]="raterForm" [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()" tabindex="-1">{{ titleKey() | t: { role: roleLabel() } }}</h3>
      @if (mode() === 'replace') {
        <p class="notice">{{ 'monitoring.form.replaceWarning' | t }}</p>
      }
      @for (field of fields; track field.key) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ field.label | t }}</mat-label>
          <input
            matInput
            [type]="field.key === 'email' ? 'email' : 'text'"
            autocomplete="off"
            [formField]="raterForm[field.key]"
          />
          <mat-error>{{ raterForm[field.key] | fieldError }}</mat-error>
        </mat-form-field>
      }
      <app-language-select [field]="raterForm.language" />
      <div class="form-actions">
        <button matButton="outlined" type="button" (click)="cancelled.emit()">
          {{ 'monitoring.form.cancel' | t }}
        </button>
        <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
          {{ (busy() ? 'monitoring.form.saving' : 'monitoring.form.save') | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .rater-form {
      margin-top: 1rem;
    }
    h3 {
      margin: 0 0 0.75rem;
      font: var(--mat-sys-title-medium);
    }
    mat-form-field,
    app-language-select {
      display: block;
      width: 100%;
    }
    .form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class RaterForm {
  readonly mode = input.required<'add' | 'replace'>();
  readonly roleLabel = input.required<string>();
  readonly headingId = input.required<string>();
  readonly busy = input(false);
  /** The language the invitation is written in unless changed: by default the participant's own. */
  readonly defaultLanguage = input<Language>('id');
  /** Sends the rater; resolves to the fields the server refused, shown beside them. */
  readonly submit = input.required<(rater: RaterInput) => Promise<readonly FieldError[]>>();
  readonly cancelled = output();

  protected readonly fields: readonly { key: Exclude<keyof RaterModel, 'language'>; label: TranslationKey }[] = [
    { key: 'name', label: 'monitoring.form.name' },
    { key: 'email', label: 'monitoring.form.email' },
    { key: 'position', label: 'monitoring.form.position' },
    { key: 'province', label: 'monitoring.form.province' },
    { key: 'regency', label: 'monitoring.form.regency' },
  ];
  private readonly model = signal<RaterModel>(EMPTY);

  protected readonly raterForm = form(
    this.model,
    (fields) => {
      required(fields.name);
      required(fields.email);
      email(fields.email);
      for (const key of ['name', 'email', 'position', 'province', 'regency'] as const) maxLength(fields[key], TEXT_MAX);
    },
    {
      submission: {
        action: async () => {
          const refused = await this.submit()(this.toInput());
          return serverFieldErrors(refused, (path) => this.fieldAt(path));
        },
      },
    },
  );

  constructor() {
    effect(() => {
      const language = this.defaultLanguage();
      untracked(() => this.model.update((model) => ({ ...model, language })));
    });
  }

  private fieldAt(path: string): FieldTree<string> | undefined {
    const key = this.fields.find((field) => field.key === path)?.key;
    return key ? this.raterForm[key] : undefined;
  }

  protected titleKey(): TranslationKey {
    return this.mode() === 'add' ? 'monitoring.form.addTitle' : 'monitoring.form.replaceTitle';
  }

  private toInput(): RaterInput {
    const model = this.model();
    const optional = (value: string): string | undefined => value.trim() || undefined;
    const input: RaterInput = { name: model.name.trim(), email: model.email.trim(), language: model.language };
    const position = optional(model.position);
    const province = optional(model.province);
    const regency = optional(model.regency);
    if (position) input.position = position;
    if (province) input.province = province;
    if (regency) input.regency = regency;
    return input;
  }
}
