import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { TranslationKey } from '../../../core/i18n/id';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminAuthService } from '../shared/admin-auth.service';
import { adminRoleKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';
import { SignInForm } from '../sign-in/sign-in-form';

interface NavEntry {
  path: string;
  key: TranslationKey;
  exact: boolean;
  /** Pages of changes only (the gateway refuses viewers there): not offered to viewers. */
  adminOnly?: true;
}

/**
 * The console frame: while nobody is signed in it shows the sign-in form in place of the requested page
 * (which then opens right after signing in); otherwise the navigation, who is signed in, and the page.
 */
@Component({
  selector: 'app-admin-shell',
  imports: [MatButtonModule, RouterLink, RouterLinkActive, RouterOutlet, SignInForm, TranslatePipe],
  templateUrl: './admin-shell.html',
  styleUrl: './admin-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  private readonly auth = inject(AdminAuthService);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly who = viewChild<ElementRef<HTMLElement>>('who');

  protected readonly session = this.auth.session;
  protected readonly canEdit = this.auth.canEdit;
  protected readonly signingOut = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly roleKey = adminRoleKey;

  protected readonly nav: readonly NavEntry[] = [
    { path: '/admin', key: 'admin.nav.dashboard', exact: true },
    { path: '/admin/batteries', key: 'admin.nav.batteries', exact: false },
    { path: '/admin/item-bank', key: 'admin.nav.itemBank', exact: false },
    { path: '/admin/participants', key: 'admin.nav.participants', exact: false },
    { path: '/admin/results', key: 'admin.nav.results', exact: false },
    { path: '/admin/directorate-report', key: 'admin.nav.directorateReport', exact: false },
    { path: '/admin/audit', key: 'admin.nav.audit', exact: false },
    { path: '/admin/accounts', key: 'admin.nav.accounts', exact: false, adminOnly: true },
  ];
  protected readonly entries = computed(() => this.nav.filter((entry) => this.canEdit() || !entry.adminOnly));

  constructor() {
    let wasSignedIn = this.session() !== null;
    effect(() => {
      const signedIn = this.session() !== null;
      if (signedIn && !wasSignedIn) {
        // The form that had focus is gone: continue from the "signed in as" heading.
        untracked(() =>
          afterNextRender({ write: () => this.who()?.nativeElement.focus() }, { injector: this.injector }),
        );
      }
      wasSignedIn = signedIn;
    });
  }

  protected async signOut(): Promise<void> {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    this.error.set(null);
    try {
      await this.auth.signOut();
    } catch (error) {
      this.error.set(problemMessage(toProblem(error), this.i18n));
    } finally {
      this.signingOut.set(false);
    }
  }
}
