import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { email, form, FormField, FormRoot, required } from '@angular/forms/signals';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AdminRole, LoginRequest } from '@evkin/contracts';
import { type ApiError, fallbackMessageKey, toApiError } from '../../core/api/api-error';
import { I18nService } from '../../core/i18n/i18n.service';
import type { TranslationKey } from '../../core/i18n/id';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { AdminAuthService } from './admin-auth.service';

const EMPTY_CREDENTIALS: LoginRequest = { email: '', password: '' };

@Component({
  selector: 'app-admin-page',
  imports: [FormField, FormRoot, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './admin-page.html',
  styleUrl: './admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {
  private readonly auth = inject(AdminAuthService);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly credentials = signal<LoginRequest>(EMPTY_CREDENTIALS);

  protected readonly session = this.auth.session;
  protected readonly error = signal<ApiError | null>(null);
  protected readonly signingOut = signal(false);

  protected readonly loginForm = form(
    this.credentials,
    (fields) => {
      required(fields.email);
      email(fields.email);
      required(fields.password);
    },
    { submission: { action: () => this.signIn(this.credentials()) } },
  );

  protected readonly emailErrorKey = computed<TranslationKey>(() =>
    this.loginForm.email().getError('required') ? 'admin.validation.emailRequired' : 'admin.validation.emailInvalid',
  );

  protected roleLabelKey(role: AdminRole): TranslationKey {
    return `admin.role.${role}`;
  }

  protected errorMessage(error: ApiError): string {
    return error.title ?? this.i18n.t(fallbackMessageKey(error));
  }

  protected async signOut(): Promise<void> {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    this.error.set(null);
    try {
      await this.auth.signOut();
      this.focusHeading();
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.signingOut.set(false);
    }
  }

  private async signIn(credentials: LoginRequest): Promise<undefined> {
    this.error.set(null);
    try {
      await this.auth.signIn(credentials);
      // The password must not linger in memory, and a later sign-out should show a pristine form.
      this.loginForm().reset({ ...EMPTY_CREDENTIALS, email: credentials.email });
      this.focusHeading();
    } catch (error) {
      this.error.set(toApiError(error));
    }
    return undefined;
  }

  /** The form or the session panel replaces the other; focus follows so keyboard users are not stranded. */
  private focusHeading(): void {
    afterNextRender({ write: () => this.heading()?.nativeElement.focus() }, { injector: this.injector });
  }
}
