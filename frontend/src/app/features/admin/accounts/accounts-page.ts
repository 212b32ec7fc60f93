import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { email, form, FormField, FormRoot, minLength, required, type ValidationError } from '@angular/forms/signals';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ADMIN_ROLES, type AdminAccount, type AdminAccountInput } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { TranslationKey } from '../../../core/i18n/id';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi, ADMIN_URLS } from '../shared/admin-api';
import { AdminAuthService } from '../shared/admin-auth.service';
import { adminRoleKey } from '../shared/labels';
import { serverFieldErrors } from '../../portal-shared/field-error';
import { problemMessage, toProblem } from '../shared/problem';

/** The gateway's own rule for a local password (AccountInputDto), checked here first. */
const MIN_PASSWORD_LENGTH = 12;

const EMPTY_ACCOUNT: AdminAccountInput = { email: '', role: 'viewer', password: '' };

const FIELDS = ['email', 'role', 'password'] as const;

/** What the checks made here say, by the kind of the field's first error. */
const CLIENT_ERRORS: Readonly<Record<string, TranslationKey>> = {
  email: 'admin.validation.emailInvalid',
  minLength: 'admin.accounts.passwordTooShort',
};

/**
 * The console's accounts (admin only, like the API): who may sign in and with which role, and a form to
 * add a local account, e.g. a viewer for a province office. Viewers get a notice instead.
 */
@Component({
  selector: 'app-accounts-page',
  imports: [FormField, FormRoot, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './accounts-page.html',
  styleUrls: ['../shared/page.scss', './accounts-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);

  protected readonly canEdit = inject(AdminAuthService).canEdit;
  protected readonly roles = ADMIN_ROLES;
  protected readonly roleKey = adminRoleKey;

  // The gateway answers viewers 403 here, so they are not sent to ask.
  protected readonly accounts = httpResource<AdminAccount[]>(() => (this.canEdit() ? ADMIN_URLS.accounts : undefined));
  protected readonly rows = computed(() => (this.accounts.hasValue() ? this.accounts.value() : []));
  protected readonly loadError = computed(() =>
    this.accounts.error() ? problemMessage(toProblem(this.accounts.error()), this.i18n) : null,
  );

  private readonly model = signal<AdminAccountInput>(EMPTY_ACCOUNT);
  protected readonly error = signal<string | null>(null);
  protected readonly added = signal<string | null>(null);

  protected readonly accountForm = form(
    this.model,
    (path) => {
      required(path.email);
      email(path.email);
      required(path.password);
      minLength(path.password, MIN_PASSWORD_LENGTH);
    },
    { submission: { action: () => this.add(this.model()) } },
  );

  protected formatDate(iso: string): string {
    return this.i18n.formatDateTime(iso);
  }

  /** The server's words for a field it refused, else the text for the check that failed here. */
  protected errorText(errors: readonly ValidationError[], requiredKey: TranslationKey): string {
    const error = errors[0];
    if (!error) return '';
    if (error.message) return error.message;
    if (error.kind === 'required') return this.i18n.t(requiredKey);
    return this.i18n.t(CLIENT_ERRORS[error.kind] ?? 'admin.validation.invalid');
  }

  private async add(input: AdminAccountInput): Promise<ValidationError.WithOptionalFieldTree[] | undefined> {
    this.error.set(null);
    this.added.set(null);
    try {
      const account = await this.api.createAccount({ ...input, email: input.email.trim() });
      // The password must not linger in the form (nor in memory).
      this.accountForm().reset({ ...EMPTY_ACCOUNT });
      this.added.set(
        this.i18n.t('admin.accounts.added', { email: account.email, role: this.i18n.t(adminRoleKey(account.role)) }),
      );
      this.accounts.reload();
      return undefined;
    } catch (error) {
      const problem = toProblem(error);
      this.error.set(problemMessage(problem, this.i18n));
      return serverFieldErrors(problem.fieldErrors, (path) => {
        const name = FIELDS.find((field) => field === path);
        return name && this.accountForm[name];
      });
    }
  }
}
