import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { AuditEntry, Page } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ADMIN_URLS, queryParams } from '../shared/admin-api';
import { problemMessage, toProblem } from '../shared/problem';
import { Pager } from '../shared/pager';

/** Who changed what, newest first (every admin change is written to the audit log by the gateway). */
@Component({
  selector: 'app-audit-page',
  imports: [Pager, TranslatePipe],
  templateUrl: './audit-page.html',
  styleUrl: '../shared/page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly i18n = inject(I18nService);
  protected readonly page = signal(1);
  protected readonly log = httpResource<Page<AuditEntry>>(() => ({
    url: ADMIN_URLS.audit,
    params: queryParams({ page: this.page() }),
  }));
  protected readonly entries = computed(() => (this.log.hasValue() ? this.log.value().items : []));
  protected readonly total = computed(() => (this.log.hasValue() ? this.log.value().total : 0));
  protected readonly pages = computed(() =>
    this.log.hasValue() ? Math.max(1, Math.ceil(this.log.value().total / Math.max(1, this.log.value().pageSize))) : 1,
  );
  protected readonly loadError = computed(() =>
    this.log.error() ? problemMessage(toProblem(this.log.error()), this.i18n) : null,
  );

  protected formatDate(iso: string): string {
    return this.i18n.formatDateTime(iso);
  }

  protected details(entry: AuditEntry): string {
    const text = JSON.stringify(entry.details);
    return text === '{}' ? '' : text;
  }
}
