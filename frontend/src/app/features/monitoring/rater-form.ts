import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { email, form, FormField, FormRoot, maxLength, required } from '@angular/forms/signals';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { RaterInput } from '@evkin/contracts';
import type { TranslationKey } from '../../core/i18n/id';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { fieldErrorKey } from '../portal-shared/field-error';

interface RaterModel {
  name: string;
  email: string;
  position: string;
  province: string;
  regency: string;
}

const EMPTY: RaterModel = { name: '', email: '', position: '', province: '', regency: '' };
const TEXT_MAX = 200;

/** **Tambahkan** / **Ganti** → the new rater's details → **Simpan & Kirim** (seed 000 Gambar 19–20). */
@Component({
  selector: 'app-rater-form',
  imports: [FormField, FormRoot, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="rater-form" novalidate [formRoot]="raterForm" [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()" tabindex="-1">{{ titleKey() | t: { role: roleLabel() } }}</h3>
      @if (mode() === 'replace') {
        <p class="notice">{{ 'monitoring.form.replaceWarning' | t }}</p>
      }
      @for (field of fields; track field.key) {
        <mat-form-field appearance="outline">
          <mat-label>{{ field.label | t }}</mat-label>
          <input
            matInput
            [type]="field.key === 'email' ? 'email' : 'text'"
            autocomplete="off"
            [formField]="raterForm[field.key]"
          />
          <mat-error>{{ fieldErrorKey(raterForm[field.key]) ?? 'portal.field.required' | t }}</mat-error>
        </mat-form-field>
      }
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
    mat-form-field {
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
  readonly saved = output<RaterInput>();
  readonly cancelled = output();

  protected readonly fieldErrorKey = fieldErrorKey;
  protected readonly fields: readonly { key: keyof RaterModel; label: TranslationKey }[] = [
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
        action: () => {
          this.saved.emit(this.toInput());
          return Promise.resolve(undefined);
        },
      },
    },
  );

  protected titleKey(): TranslationKey {
    return this.mode() === 'add' ? 'monitoring.form.addTitle' : 'monitoring.form.replaceTitle';
  }

  private toInput(): RaterInput {
    const model = this.model();
    const optional = (value: string): string | undefined => value.trim() || undefined;
    const input: RaterInput = { name: model.name.trim(), email: model.email.trim() };
    const position = optional(model.position);
    const province = optional(model.province);
    const regency = optional(model.regency);
    if (position) input.position = position;
    if (province) input.province = province;
    if (regency) input.regency = regency;
    return input;
  }
}
