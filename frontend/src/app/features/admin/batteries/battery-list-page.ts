import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BatterySummary } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ADMIN_URLS } from '../shared/admin-api';
import { AdminAuthService } from '../shared/admin-auth.service';
import { targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';

@Component({
  selector: 'app-battery-list-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './battery-list-page.html',
  styleUrl: '../shared/page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatteryListPage {
  private readonly i18n = inject(I18nService);
  protected readonly canEdit = inject(AdminAuthService).canEdit;
  protected readonly targetKey = targetKey;

  protected readonly list = httpResource<BatterySummary[]>(() => ADMIN_URLS.batteries, { defaultValue: [] });
  protected readonly batteries = computed(() =>
    [...(this.list.hasValue() ? this.list.value() : [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
  protected readonly loadError = computed(() =>
    this.list.error() ? problemMessage(toProblem(this.list.error()), this.i18n) : null,
  );
}
