import { afterNextRender, ChangeDetectionStrategy, Component, DOCUMENT, inject, Injector, signal } from '@angular/core';
import {
  disabled,
  email,
  type FieldTree,
  form,
  FormField,
  FormRoot,
  maxLength,
  required,
  validate,
} from '@angular/forms/signals';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Language, RaterInput, RaterListRequest } from '@evkin/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FieldErrorPipe, serverFieldErrors } from '../../portal-shared/field-error';
import { LanguageSelect } from '../../portal-shared/language-select';
import { JourneyStore } from '../journey-store';
import { ActionError } from './action-error';

interface PersonModel {
  name: string;
  email: string;
  position: string;
  language: Language;
}

interface RaterListModel {
  province: string;
  regency: string;
  supervisor: PersonModel;
  peer: PersonModel;
}

const TEXT_MAX = 200;

function person(input: RaterInput | null | undefined): PersonModel {
  return {
    name: input?.name ?? '',
    email: input?.email ?? '',
    position: input?.position ?? '',
    language: input?.language ?? 'id',
  };
}

function toInput(model: PersonModel): RaterInput {
  const position = model.position.trim();
  return {
    name: model.name.trim(),
    email: model.email.trim(),
    ...(position ? { position } : {}),
    language: model.language,
  };
}

/**
 * Daftar Rater (seed 000 Gambar 6–7), participant only: work location, supervisor and peer. Saving
 * with **Lanjut** invites the supervisor and peer.
 */
@Component({
  selector: 'app-rater-list-screen',
  imports: [
    ActionError,
    FieldErrorPipe,
    FormField,
    FormRoot,
    LanguageSelect,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  templateUrl: './rater-list-screen.html',
  styleUrl: './screens.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RaterListScreen {
  protected readonly store = inject(JourneyStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly model = signal<RaterListModel>(this.initial());

  protected readonly raterForm = form(
    this.model,
    (fields) => {
      disabled(fields, () => this.store.readOnly());
      for (const field of [fields.province, fields.regency, fields.supervisor.name, fields.peer.name]) {
        required(field);
        maxLength(field, TEXT_MAX);
      }
      for (const field of [fields.supervisor.email, fields.peer.email]) {
        required(field);
        email(field);
        maxLength(field, TEXT_MAX);
      }
      maxLength(fields.supervisor.position, TEXT_MAX);
      maxLength(fields.peer.position, TEXT_MAX);
      validate(fields.peer.email, ({ value, valueOf }) => {
        const peer = value().trim().toLowerCase();
        return peer && peer === valueOf(fields.supervisor.email).trim().toLowerCase()
          ? { kind: 'sameEmail' }
          : undefined;
      });
    },
    {
      submission: {
        action: async () => {
          // An unchanged, complete list was saved before: moving on must not invite anyone again.
          if (!this.raterForm().dirty() && this.store.ratersComplete()) {
            this.store.next();
            return undefined;
          }
          const refused = await this.store.saveRaters(this.request());
          return serverFieldErrors(refused, (path) => this.fieldAt(path));
        },
        onInvalid: () => this.focusFirstInvalid(),
      },
    },
  );

  /** A field by its path in RaterListRequest, as the server names it in a refusal. */
  private fieldAt(path: string): FieldTree<string> | undefined {
    const f = this.raterForm;
    const fields: Record<string, FieldTree<string>> = {
      'workLocation.province': f.province,
      'workLocation.regency': f.regency,
    };
    for (const role of ['supervisor', 'peer'] as const) {
      for (const key of ['name', 'email', 'position'] as const) fields[`${role}.${key}`] = f[role][key];
    }
    return fields[path];
  }

  private initial(): RaterListModel {
    const list = this.store.raterList();
    return {
      province: list?.workLocation?.province ?? '',
      regency: list?.workLocation?.regency ?? '',
      supervisor: person(list?.supervisor),
      peer: person(list?.peer),
    };
  }

  private request(): RaterListRequest {
    const model = this.model();
    return {
      workLocation: { province: model.province.trim(), regency: model.regency.trim() },
      supervisor: toInput(model.supervisor),
      peer: toInput(model.peer),
    };
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      {
        write: () =>
          this.document.querySelector<HTMLElement>('app-rater-list-screen .mat-form-field-invalid input')?.focus(),
      },
      { injector: this.injector },
    );
  }
}
