import { NgTemplateOutlet } from '@angular/common';
import { httpResource } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type BatteryAnalytics, RESULT_CATEGORIES } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LOCAL_STORAGE } from '../../../core/storage/web-storage';
import { AdminApi, ADMIN_URLS } from '../shared/admin-api';
import { AdminAuthService } from '../shared/admin-auth.service';
import { BatteryPicker } from '../shared/battery-picker';
import { CatalogueStore } from '../shared/catalogue.store';
import { FileSaver } from '../shared/file-saver';
import { categoryKey, conclusionKey, roleKey, targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';
import {
  emptyTexts,
  isReportTexts,
  REPORT_SECTIONS,
  type ReportSectionId,
  type ReportTexts,
  sectionHintKey,
  sectionTitleKey,
} from './report-sections';

const DRAFT_KEY = (batteryId: string) => `evkin.directorateReport.${batteryId}`;

/**
 * The directorate's report (seed 000 G.3): the admin writes the narrative parts; the execution facts and the
 * analysis tables come from the battery and its analytics. Drafts are kept in this browser per battery.
 */
@Component({
  selector: 'app-directorate-report-page',
  imports: [BatteryPicker, MatButtonModule, MatFormFieldModule, MatInputModule, NgTemplateOutlet, TranslatePipe],
  templateUrl: './directorate-report-page.html',
  styleUrls: ['../shared/page.scss', './directorate-report-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectorateReportPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly saver = inject(FileSaver);
  private readonly storage = inject(LOCAL_STORAGE);
  private readonly store = inject(CatalogueStore);
  private readonly picker = viewChild(BatteryPicker);

  protected readonly canEdit = inject(AdminAuthService).canEdit;
  protected readonly sections = REPORT_SECTIONS;
  protected readonly sectionTitleKey = sectionTitleKey;
  protected readonly sectionHintKey = sectionHintKey;
  protected readonly roleKey = roleKey;
  protected readonly targetKey = targetKey;
  protected readonly categories = RESULT_CATEGORIES;
  protected readonly categoryKey = categoryKey;
  protected readonly conclusionKey = conclusionKey;

  protected readonly battery = computed(() => this.picker()?.selected() ?? null);
  protected readonly analytics = httpResource<BatteryAnalytics>(() => {
    const battery = this.battery();
    return battery ? ADMIN_URLS.analytics(battery.id) : undefined;
  });
  protected readonly data = computed(() => (this.analytics.hasValue() ? this.analytics.value() : null));
  protected readonly texts = signal<ReportTexts>(emptyTexts());
  protected readonly preview = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const battery = this.battery();
      if (!battery) return;
      untracked(() => this.texts.set(this.restore(battery.id) ?? this.starter()));
    });
  }

  /** Sections are lettered a–d as in seed 000 G.3. */
  protected letter(index: number): string {
    return String.fromCharCode(65 + index);
  }

  protected subName(id: string): string {
    return this.store.subCompetencyName(id);
  }

  protected edit(id: ReportSectionId, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.texts.update((texts) => ({ ...texts, [id]: value }));
    const battery = this.battery();
    if (battery) this.storage.setItem(DRAFT_KEY(battery.id), JSON.stringify(this.texts()));
  }

  protected resetDraft(): void {
    const battery = this.battery();
    if (!battery) return;
    this.storage.removeItem(DRAFT_KEY(battery.id));
    this.texts.set(this.starter());
  }

  protected paragraphs(text: string): string[] {
    return text
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
  }

  protected async exportPdf(): Promise<void> {
    const battery = this.battery();
    if (!battery || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.saver.save(await this.api.directorateReportPdf(battery.id, { ...this.texts() }));
    } catch (error) {
      const problem = toProblem(error);
      this.error.set(
        problem.status === 404 ? this.i18n.t('admin.report.pdfUnavailable') : problemMessage(problem, this.i18n),
      );
    } finally {
      this.busy.set(false);
    }
  }

  private restore(batteryId: string): ReportTexts | null {
    try {
      const stored: unknown = JSON.parse(this.storage.getItem(DRAFT_KEY(batteryId)) ?? 'null');
      return isReportTexts(stored) ? stored : null;
    } catch {
      return null;
    }
  }

  /** A first draft of the narrative parts, in the admin's language, to edit rather than write from nothing. */
  private starter(): ReportTexts {
    const battery = this.battery();
    const params = {
      battery: battery?.name ?? '',
      programme: battery?.programme ?? '',
      target: battery ? this.i18n.t(targetKey(battery.target)) : '',
      start: battery?.periodStart ?? '',
      deadline: battery?.deadline ?? '',
    };
    return {
      pendahuluan: this.i18n.t('admin.report.starter.pendahuluan', params),
      pelaksanaanKegiatan: this.i18n.t('admin.report.starter.pelaksanaanKegiatan', params),
      analisisHasil: '',
      rekomendasiTindakLanjut: '',
    };
  }
}
