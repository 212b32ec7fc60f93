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
import { ActivatedRoute, Router } from '@angular/router';
import type { LoginRequest } from '@evkin/contracts';
import { type ApiError, fallbackMessageKey, toApiError } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { TranslationKey } from '../../../core/i18n/id';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminAuthService } from '../shared/admin-auth.service';

const EMPTY_CREDENTIALS: LoginRequest = { email: '', password: '' };

/** Why the gateway sent the browser back without a session (`/admin?error=…`, see docs/api.md). */
const SSO_ERRORS: Record<string, TranslationKey> = {
  oidc_no_role: 'admin.sso.error.oidc_no_role',
  oidc_no_email: 'admin.sso.error.oidc_no_email',
  oidc_failed: 'admin.sso.error.oidc_failed',
};

/** Shown by the console shell instead of any admin page while nobody is signed in. */
@Component({
  selector: 'app-admin-sign-in',
  imports: [FormField, FormRoot, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './sign-in-form.html',
  styleUrl: './sign-in-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInForm {
  private readonly auth = inject(AdminAuthService);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly credentials = signal<LoginRequest>(EMPTY_CREDENTIALS);

  protected readonly notice = this.auth.notice;
  protected readonly error = signal<ApiError | null>(null);
  protected readonly ssoEnabled = signal(false);
  protected readonly ssoCompleting = signal(false);
  protected readonly ssoError = signal<TranslationKey | null>(null);

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

  constructor() {
    // After an expiry or a sign-out the form replaces the page: focus its heading so the notice is found.
    if (this.notice()) afterNextRender({ write: () => this.heading()?.nativeElement.focus() });
    this.takeSsoOutcome();
    void this.auth.ssoEnabled().then((enabled) => this.ssoEnabled.set(enabled));
  }

  protected errorMessage(error: ApiError): string {
    return error.title ?? this.i18n.t(fallbackMessageKey(error));
  }

  /**
   * Back from the provider, the gateway put the session token in the fragment (`#sso=…`) or the
   * reason of a refusal in `?error=`. Both leave the address at once, so the token is not kept in
   * the history nor shown in the address bar.
   */
  private takeSsoOutcome(): void {
    const { fragment, queryParamMap } = this.route.snapshot;
    const token = /^sso=([A-Za-z0-9_-]{16,128})$/.exec(fragment ?? '')?.[1];
    const refusal = queryParamMap.get('error');
    if (token === undefined && refusal === null) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { error: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    if (refusal !== null) this.ssoError.set(SSO_ERRORS[refusal] ?? 'admin.sso.error.oidc_failed');
    if (token !== undefined) void this.adoptSsoToken(token);
  }

  private async adoptSsoToken(token: string): Promise<void> {
    this.ssoCompleting.set(true);
    try {
      await this.auth.adoptSsoToken(token);
    } catch {
      this.ssoError.set('admin.sso.error.oidc_failed');
    } finally {
      this.ssoCompleting.set(false);
    }
  }

  private async signIn(credentials: LoginRequest): Promise<undefined> {
    this.error.set(null);
    try {
      await this.auth.signIn(credentials);
      // The password must not linger in memory.
      this.loginForm().reset({ ...EMPTY_CREDENTIALS, email: credentials.email });
    } catch (error) {
      this.error.set(toApiError(error));
      afterNextRender({ write: () => this.heading()?.nativeElement.focus() }, { injector: this.injector });
    }
    return undefined;
  }
}
