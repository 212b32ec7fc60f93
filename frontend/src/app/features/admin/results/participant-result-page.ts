import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { type AdminResultView, RATER_ROLES } from '@evkin/contracts';
import { map } from 'rxjs';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi, ADMIN_URLS } from '../shared/admin-api';
import { CatalogueStore } from '../shared/catalogue.store';
import { FileSaver } from '../shared/file-saver';
import { categoryKey, conclusionKey, roleKey, targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';

/** One participant's report as the console shows it; admins also see the per-role breakdown and the gap. */
@Component({
  selector: 'app-participant-result-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './participant-result-page.html',
  styleUrl: '../shared/page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantResultPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly saver = inject(FileSaver);
  private readonly store = inject(CatalogueStore);

  protected readonly roles = RATER_ROLES;
  protected readonly roleKey = roleKey;
  protected readonly targetKey = targetKey;
  protected readonly categoryKey = categoryKey;
  protected readonly conclusionKey = conclusionKey;

  private readonly participantId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('participantId') ?? '')),
    { initialValue: '' },
  );
  protected readonly result = httpResource<AdminResultView>(() =>
    this.participantId() ? ADMIN_URLS.result(this.participantId()) : undefined,
  );
  protected readonly view = computed(() => (this.result.hasValue() ? this.result.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.result.error();
    if (!error) return null;
    const problem = toProblem(error);
    return problem.status === 404 ? this.i18n.t('admin.result.notReady') : problemMessage(problem, this.i18n);
  });
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);

  protected subName(id: string): string {
    return this.store.subCompetencyName(id);
  }

  protected competencyOf(subId: string): string {
    const sub = this.store.catalogue()?.subCompetencies.find((s) => s.id === subId);
    return sub ? this.store.competencyName(sub.competencyId) : '';
  }

  protected jenjangKey(jenjang: string) {
    return `admin.target.${jenjang}` as Parameters<typeof this.i18n.t>[0];
  }

  protected signed(value: number | null): string {
    if (value === null) return '—';
    return value > 0 ? `+${value}` : String(value);
  }

  protected async downloadPdf(): Promise<void> {
    if (this.downloading()) return;
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      this.saver.save(await this.api.reportPdf(this.participantId()));
    } catch (error) {
      this.downloadError.set(toProblem(error).title ?? this.i18n.t('admin.downloadFailed'));
    } finally {
      this.downloading.set(false);
    }
  }
}
