import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { email, form, FormField, FormRoot, required, type ValidationError } from '@angular/forms/signals';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { IssuedLink, Language, ParticipantSummary, RaterInput, RaterRole, RoleState } from '@evkin/contracts';
import { I18nService, isTranslationKey } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi } from '../shared/admin-api';
import { roleKey, roleStatusKey, targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';

export interface ParticipantDialogData {
  participant: ParticipantSummary;
  canEdit: boolean;
}

interface RaterDraft {
  name: string;
  email: string;
  position: string;
  language: Language;
}

const EMPTY_RATER: RaterDraft = { name: '', email: '', position: '', language: 'id' };

/**
 * One participant's four roles with the helpdesk actions: resend an invitation, add or replace a rater,
 * and issue a fresh link (shown once, with a copy button). Closes with `true` when anything changed.
 */
@Component({
  selector: 'app-participant-dialog',
  imports: [FormField, FormRoot, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './participant-dialog.html',
  styleUrls: ['../shared/page.scss', './participant-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantDialog {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly ref = inject<MatDialogRef<ParticipantDialog, boolean>>(MatDialogRef);
  private readonly data = inject<ParticipantDialogData>(MAT_DIALOG_DATA);
  private readonly raterHeading = viewChild<ElementRef<HTMLElement>>('raterHeading');
  private readonly linkField = viewChild<ElementRef<HTMLInputElement>>('linkField');

  protected readonly participant = this.data.participant;
  protected readonly canEdit = this.data.canEdit;
  protected readonly roles = signal<RoleState[]>(this.data.participant.roles);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = signal<{ role: RaterRole; replace: boolean } | null>(null);
  protected readonly issued = signal<IssuedLink | null>(null);
  protected readonly copied = signal(false);
  protected readonly roleKey = roleKey;
  protected readonly roleStatusKey = roleStatusKey;
  protected readonly targetKey = targetKey;
  private changed = false;

  private readonly draft = signal<RaterDraft>(EMPTY_RATER);
  protected readonly raterForm = form(
    this.draft,
    (path) => {
      required(path.name, { message: 'admin.validation.required' });
      required(path.email, { message: 'admin.validation.required' });
      email(path.email, { message: 'admin.validation.emailInvalid' });
    },
    { submission: { action: () => this.saveRater() } },
  );

  protected emailKey(status: 'pending' | 'sent' | 'failed') {
    return `admin.email.${status}` as const;
  }

  protected canResend(state: RoleState): boolean {
    return state.rater !== null && (state.status === 'pending' || state.status === 'in_progress');
  }

  protected canReplace(state: RoleState): boolean {
    return state.role !== 'self' && state.status !== 'submitted';
  }

  protected startEdit(state: RoleState): void {
    this.message.set(null);
    this.error.set(null);
    this.raterForm().reset({ ...EMPTY_RATER, language: this.participant.language });
    this.editing.set({ role: state.role, replace: state.rater !== null });
    afterNextRender({ write: () => this.raterHeading()?.nativeElement.focus() }, { injector: this.injector });
  }

  protected async resend(state: RoleState): Promise<void> {
    await this.run(async () => {
      this.replaceRole(await this.api.resend(this.participant.id, state.role));
      this.message.set(this.i18n.t('admin.participants.resent', { role: this.i18n.t(roleKey(state.role)) }));
    });
  }

  protected async issueLink(kind: IssuedLink['kind'], role?: RaterRole): Promise<void> {
    this.copied.set(false);
    await this.run(async () => {
      this.issued.set(await this.api.issueLink(this.participant.id, kind, role));
      afterNextRender({ write: () => this.linkField()?.nativeElement.select() }, { injector: this.injector });
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied.set(true);
    } catch {
      // Clipboard refused (permissions, insecure context): the field is selected for a manual copy.
      this.linkField()?.nativeElement.select();
      this.error.set(this.i18n.t('admin.participants.copyFailed'));
    }
  }

  protected close(): void {
    this.ref.close(this.changed);
  }

  protected errorText(errors: readonly ValidationError[]): string {
    const message = errors[0]?.message ?? 'admin.validation.invalid';
    return isTranslationKey(message) ? this.i18n.t(message) : message;
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDateTime(iso);
  }

  private async saveRater(): Promise<undefined> {
    const editing = this.editing();
    if (!editing) return undefined;
    const draft = this.draft();
    const input: RaterInput = {
      name: draft.name.trim(),
      email: draft.email.trim(),
      language: draft.language,
      ...(draft.position.trim() ? { position: draft.position.trim() } : {}),
    };
    await this.run(async () => {
      this.replaceRole(await this.api.setRater(this.participant.id, editing.role, input));
      this.editing.set(null);
      this.message.set(
        this.i18n.t(editing.replace ? 'admin.participants.replaced' : 'admin.participants.added', {
          role: this.i18n.t(roleKey(editing.role)),
        }),
      );
    });
    return undefined;
  }

  private replaceRole(state: RoleState): void {
    this.changed = true;
    this.roles.update((roles) => roles.map((r) => (r.role === state.role ? state : r)));
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      const problem = toProblem(error);
      const details = problem.fieldErrors.map((e) => e.message).join(' ');
      this.error.set(
        details ? `${problemMessage(problem, this.i18n)}: ${details}` : problemMessage(problem, this.i18n),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
