import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BatteryProgress, GroupProgress, MismatchReport, Page, ParticipantSummary } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ADMIN_URLS, queryParams } from '../shared/admin-api';
import { type BarDatum, BarChart } from '../shared/bar-chart';
import { BatteryPicker } from '../shared/battery-picker';
import { roleKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';
import { failedEmails, groupPercent, roleDonePercent } from './progress';

/** How many failed invitations and Bukan Saya reports the dashboard names; the links lead to all of them. */
const LISTED = 10;

@Component({
  selector: 'app-dashboard-page',
  imports: [BarChart, BatteryPicker, MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './dashboard-page.html',
  styleUrls: ['../shared/page.scss', './dashboard-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly i18n = inject(I18nService);
  private readonly picker = viewChild(BatteryPicker);

  protected readonly battery = computed(() => this.picker()?.selected() ?? null);
  protected readonly roleKey = roleKey;

  /** Counted by the assessment service in the database, so a national battery is one request. */
  protected readonly progress = httpResource<BatteryProgress>(() => {
    const battery = this.battery();
    return battery ? `${ADMIN_URLS.battery(battery.id)}/progress` : undefined;
  });
  private readonly failedPage = httpResource<Page<ParticipantSummary>>(() => {
    const battery = this.battery();
    if (!battery) return undefined;
    return {
      url: ADMIN_URLS.participants,
      params: queryParams({ batteryId: battery.id, emailFailed: true, pageSize: LISTED }),
    };
  });
  protected readonly mismatches = httpResource<MismatchReport[]>(
    () => {
      const battery = this.battery();
      return battery ? { url: ADMIN_URLS.mismatches, params: queryParams({ batteryId: battery.id }) } : undefined;
    },
    { defaultValue: [] },
  );

  protected readonly current = computed(() => (this.progress.hasValue() ? this.progress.value() : null));
  protected readonly loadError = computed(() =>
    this.progress.error() ? problemMessage(toProblem(this.progress.error()), this.i18n) : null,
  );
  protected readonly failed = computed(() =>
    failedEmails(this.failedPage.hasValue() ? this.failedPage.value().items : []).slice(0, LISTED),
  );
  protected readonly listedMismatches = computed(() => this.mismatches.value().slice(0, LISTED));

  protected readonly roleBars = computed<BarDatum[]>(() =>
    (this.current()?.roles ?? []).map((r) => ({
      label: this.i18n.t(roleKey(r.role)),
      value: roleDonePercent(r),
      display: this.i18n.t('admin.dashboard.doneOf', { done: r.done, invited: r.invited }),
    })),
  );
  protected readonly provinces = computed(() => this.groupBars(this.current()?.provinces ?? []));
  protected readonly units = computed(() => this.groupBars(this.current()?.units ?? []));

  protected reload(): void {
    this.progress.reload();
    this.failedPage.reload();
    this.mismatches.reload();
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDateTime(iso);
  }

  private groupBars(groups: readonly GroupProgress[]): BarDatum[] {
    return groups.map((g) => ({
      label: g.name || '—',
      value: groupPercent(g),
      display: this.i18n.t('admin.dashboard.completedOf', {
        completed: g.completed,
        total: g.participants,
        percent: groupPercent(g),
      }),
    }));
  }
}
