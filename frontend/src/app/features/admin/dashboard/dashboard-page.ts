import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, resource, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { MismatchReport } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi, ADMIN_URLS, queryParams } from '../shared/admin-api';
import { type BarDatum, BarChart } from '../shared/bar-chart';
import { BatteryPicker } from '../shared/battery-picker';
import { roleKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';
import { failedEmails, overdueRaters, progressBy, progressByRole } from './progress';

/** Raters still open this close to the deadline are flagged as overdue (the first default reminder day). */
const OVERDUE_WINDOW_DAYS = 7;

@Component({
  selector: 'app-dashboard-page',
  imports: [BarChart, BatteryPicker, MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './dashboard-page.html',
  styleUrls: ['../shared/page.scss', './dashboard-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly picker = viewChild(BatteryPicker);

  protected readonly battery = computed(() => this.picker()?.selected() ?? null);
  protected readonly roleKey = roleKey;

  protected readonly participants = resource({
    params: () => this.battery()?.id,
    loader: ({ params }) => this.api.allParticipants(params),
  });
  protected readonly mismatches = httpResource<MismatchReport[]>(
    () => {
      const battery = this.battery();
      return battery ? { url: ADMIN_URLS.mismatches, params: queryParams({ batteryId: battery.id }) } : undefined;
    },
    { defaultValue: [] },
  );

  private readonly list = computed(() => (this.participants.hasValue() ? this.participants.value() : []));
  protected readonly loadError = computed(() =>
    this.participants.error() ? problemMessage(toProblem(this.participants.error()), this.i18n) : null,
  );

  protected readonly roles = computed(() => progressByRole(this.list()));
  protected readonly completed = computed(() => this.list().filter((p) => p.completedAt).length);
  protected readonly roleBars = computed<BarDatum[]>(() =>
    this.roles().map((r) => ({
      label: this.i18n.t(roleKey(r.role)),
      value: r.invited === 0 ? 0 : Math.round((r.done / r.invited) * 1000) / 10,
      display: this.i18n.t('admin.dashboard.doneOf', { done: r.done, invited: r.invited }),
    })),
  );
  protected readonly provinces = computed(() => this.groupBars(progressBy(this.list(), (p) => p.province)));
  protected readonly units = computed(() => this.groupBars(progressBy(this.list(), (p) => p.unit)));
  protected readonly failed = computed(() => failedEmails(this.list()));
  protected readonly overdue = computed(() => {
    const battery = this.battery();
    return battery ? overdueRaters(this.list(), battery.closesAt, new Date(), OVERDUE_WINDOW_DAYS) : [];
  });

  protected reload(): void {
    this.participants.reload();
    this.mismatches.reload();
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDateTime(iso);
  }

  private groupBars(groups: ReturnType<typeof progressBy>): BarDatum[] {
    return groups.map((g) => ({
      label: g.name,
      value: g.percent,
      display: this.i18n.t('admin.dashboard.completedOf', {
        completed: g.completed,
        total: g.participants,
        percent: g.percent,
      }),
    }));
  }
}
