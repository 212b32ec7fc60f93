import { NgTemplateOutlet } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type BankItem, type Target, TARGETS } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi, ADMIN_URLS, queryParams } from '../shared/admin-api';
import { AdminAuthService } from '../shared/admin-auth.service';
import { CatalogueStore } from '../shared/catalogue.store';
import { targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';

interface Draft {
  text: string;
  en: string;
}

/** The Part 2 statement bank: filter by target and sub-competency, edit both languages, (de)activate, add. */
@Component({
  selector: 'app-item-bank-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, NgTemplateOutlet, TranslatePipe],
  templateUrl: './item-bank-page.html',
  styleUrls: ['../shared/page.scss', './item-bank-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemBankPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly store = inject(CatalogueStore);

  protected readonly canEdit = inject(AdminAuthService).canEdit;
  protected readonly targets = TARGETS;
  protected readonly targetKey = targetKey;

  protected readonly target = signal<Target>('ahli_pertama');
  protected readonly subCompetencyId = signal<string>('');
  protected readonly includeInactive = signal(true);
  protected readonly subs = computed(() => this.store.measuredAt(this.target()));

  protected readonly items = httpResource<BankItem[]>(
    () => ({
      url: ADMIN_URLS.items,
      params: queryParams({
        target: this.target(),
        subCompetencyId: this.subCompetencyId(),
        includeInactive: this.includeInactive(),
      }),
    }),
    { defaultValue: [] },
  );
  protected readonly loadError = computed(() =>
    this.items.error() ? problemMessage(toProblem(this.items.error()), this.i18n) : null,
  );

  protected readonly editingId = signal<string | null>(null);
  protected readonly draft = signal<Draft>({ text: '', en: '' });
  protected readonly adding = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly draftError = signal(false);

  protected subName(id: string): string {
    return this.store.subCompetencyName(id);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
  }

  protected setTarget(value: string): void {
    if ((TARGETS as readonly string[]).includes(value)) {
      this.target.set(value as Target);
      this.subCompetencyId.set('');
    }
  }

  protected edit(item: BankItem): void {
    this.adding.set(false);
    this.draftError.set(false);
    this.draft.set({ text: item.text, en: item.en });
    this.editingId.set(item.id);
  }

  protected startAdd(): void {
    this.editingId.set(null);
    this.draftError.set(false);
    this.draft.set({ text: '', en: '' });
    this.adding.set(true);
  }

  protected cancel(): void {
    this.editingId.set(null);
    this.adding.set(false);
  }

  protected async saveEdit(item: BankItem): Promise<void> {
    if (!this.validDraft()) return;
    await this.run(async () => {
      await this.api.updateItem(item.id, { text: this.draft().text.trim(), en: this.draft().en.trim() });
      this.editingId.set(null);
      this.message.set(this.i18n.t('admin.itemBank.saved'));
    });
  }

  protected async saveNew(): Promise<void> {
    const subCompetencyId = this.subCompetencyId();
    if (!this.validDraft() || !subCompetencyId) return;
    await this.run(async () => {
      await this.api.createItem({
        target: this.target(),
        subCompetencyId,
        text: this.draft().text.trim(),
        en: this.draft().en.trim(),
      });
      this.adding.set(false);
      this.message.set(this.i18n.t('admin.itemBank.added'));
    });
  }

  protected async setActive(item: BankItem, active: boolean): Promise<void> {
    await this.run(async () => {
      await this.api.updateItem(item.id, { active });
      this.message.set(this.i18n.t(active ? 'admin.itemBank.activated' : 'admin.itemBank.deactivated'));
    });
  }

  private validDraft(): boolean {
    const ok = this.draft().text.trim() !== '' && this.draft().en.trim() !== '';
    this.draftError.set(!ok);
    return ok;
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.error.set(null);
    try {
      await action();
      this.items.reload();
    } catch (error) {
      const problem = toProblem(error);
      const details = problem.fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
      this.error.set(
        details ? `${problemMessage(problem, this.i18n)} (${details})` : problemMessage(problem, this.i18n),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
