import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  type BatteryAnalytics,
  RESULT_CATEGORIES,
  type ResultExportFormat,
  type ResultFilter,
  type ResultPage,
  type Target,
} from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi, ADMIN_URLS, queryParams } from '../shared/admin-api';
import { type BarDatum, BarChart } from '../shared/bar-chart';
import { BatteryPicker } from '../shared/battery-picker';
import { CatalogueStore } from '../shared/catalogue.store';
import { FileSaver } from '../shared/file-saver';
import { categoryKey, conclusionKey, roleKey, targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';
import { type StackRow, StackedBarChart, type StackSeries } from '../shared/stacked-bar-chart';
import { Pager } from '../shared/pager';

const PAGE_SIZE = 50;

@Component({
  selector: 'app-results-page',
  imports: [
    Pager,
    BarChart,
    BatteryPicker,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    StackedBarChart,
    TranslatePipe,
  ],
  templateUrl: './results-page.html',
  styleUrl: '../shared/page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultsPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly saver = inject(FileSaver);
  private readonly store = inject(CatalogueStore);
  private readonly picker = viewChild(BatteryPicker);

  protected readonly battery = computed(() => this.picker()?.selected() ?? null);
  protected readonly province = signal('');
  protected readonly unit = signal('');
  protected readonly target = signal('');
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly targetKey = targetKey;
  protected readonly conclusionKey = conclusionKey;

  protected readonly filter = computed<ResultFilter>(() => ({
    ...(this.province() ? { province: this.province() } : {}),
    ...(this.unit() ? { unit: this.unit() } : {}),
    ...(this.target() ? { target: this.target() as Target } : {}),
  }));

  protected readonly analytics = httpResource<BatteryAnalytics>(() => {
    const battery = this.battery();
    return battery ? { url: ADMIN_URLS.analytics(battery.id), params: queryParams(this.filter()) } : undefined;
  });
  protected readonly data = computed(() => (this.analytics.hasValue() ? this.analytics.value() : null));
  protected readonly results = httpResource<ResultPage>(() => {
    const battery = this.battery();
    if (!battery) return undefined;
    return {
      url: ADMIN_URLS.batteryResults(battery.id),
      params: queryParams({ ...this.filter(), q: this.q(), page: this.page(), pageSize: PAGE_SIZE }),
    };
  });
  protected readonly resultRows = computed(() => (this.results.hasValue() ? this.results.value().items : []));
  protected readonly resultTotal = computed(() => (this.results.hasValue() ? this.results.value().total : 0));
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.resultTotal() / PAGE_SIZE)));
  protected readonly loadError = computed(() =>
    this.analytics.error() ? problemMessage(toProblem(this.analytics.error()), this.i18n) : null,
  );

  protected readonly responseBars = computed<BarDatum[]>(() =>
    (this.data()?.responseRates ?? []).map((rate) => ({
      label: this.i18n.t(roleKey(rate.role)),
      value: rate.rate ?? 0,
      display: this.i18n.t('admin.results.rateDisplay', {
        rate: rate.rate ?? '—',
        submitted: rate.submitted,
        invited: rate.invited,
        cancelled: rate.cancelled,
      }),
    })),
  );
  protected readonly categorySeries = computed<StackSeries[]>(() =>
    RESULT_CATEGORIES.map((c) => ({ key: c, label: this.i18n.t(categoryKey(c)) })),
  );
  protected readonly categoryRows = computed<StackRow[]>(() =>
    (this.data()?.categories ?? []).map((d) => ({
      label: this.store.subCompetencyName(d.subCompetencyId),
      counts: d.counts,
    })),
  );
  protected readonly conclusionBars = computed<BarDatum[]>(() => {
    const conclusions = this.data()?.conclusions;
    if (!conclusions) return [];
    return RESULT_CATEGORIES.map((c) => ({ label: this.i18n.t(conclusionKey(c)), value: conclusions.counts[c] }));
  });
  protected readonly gapBars = computed<BarDatum[] | null>(() => {
    const gaps = this.data()?.selfVsOthersGap;
    if (!gaps) return null;
    return gaps.map((g) => ({
      label: this.store.subCompetencyName(g.subCompetencyId),
      value: g.meanGap ?? 0,
      display:
        g.meanGap === null
          ? '—'
          : this.i18n.t('admin.results.gapDisplay', {
              gap: g.meanGap > 0 ? `+${g.meanGap}` : g.meanGap,
              participants: g.participants,
            }),
    }));
  });

  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);
  protected readonly archiveParts = computed(() => {
    const completed = this.data()?.participants.completed ?? 0;
    return Array.from({ length: Math.max(1, Math.ceil(completed / 100)) }, (_, i) => i + 1);
  });

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected setFilter(which: 'province' | 'unit' | 'target', value: string): void {
    this[which].set(value);
    this.page.set(1);
  }

  protected search(event: Event, text: string): void {
    event.preventDefault();
    this.q.set(text.trim());
    this.page.set(1);
  }

  protected async export(format: ResultExportFormat): Promise<void> {
    const battery = this.battery();
    if (battery) await this.download(() => this.api.exportResults(battery.id, format, this.filter()));
  }

  protected async archive(part: number): Promise<void> {
    const battery = this.battery();
    if (battery) await this.download(() => this.api.reportsArchive(battery.id, this.filter(), part));
  }

  private async download(fetch: () => Promise<{ blob: Blob; fileName: string }>): Promise<void> {
    if (this.downloading()) return;
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      this.saver.save(await fetch());
    } catch (error) {
      const problem = toProblem(error);
      this.downloadError.set(problem.title ?? this.i18n.t('admin.downloadFailed'));
    } finally {
      this.downloading.set(false);
    }
  }
}
