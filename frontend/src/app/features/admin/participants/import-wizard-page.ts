import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BatterySummary, ImportReport, ImportRowError } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import type { TranslationKey } from '../../../core/i18n/id';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi } from '../shared/admin-api';
import { AdminAuthService } from '../shared/admin-auth.service';
import { BatteryPicker } from '../shared/battery-picker';
import { FileSaver } from '../shared/file-saver';
import { problemMessage, toProblem } from '../shared/problem';

type Step = 'upload' | 'verify' | 'done';

const ACCEPTED = /\.(csv|xlsx)$/i;

function isImportReport(value: unknown): value is ImportReport {
  const candidate = value as Partial<ImportReport> | null;
  return typeof candidate?.rows === 'number' && Array.isArray(candidate.errors);
}

/** Seed 000 G.2.b: upload the participant dataset, verify it with a dry run, then save it (all or nothing). */
@Component({
  selector: 'app-import-wizard-page',
  imports: [BatteryPicker, MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './import-wizard-page.html',
  styleUrls: ['../shared/page.scss', './import-wizard-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportWizardPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly saver = inject(FileSaver);
  private readonly injector = inject(Injector);
  private readonly picker = viewChild(BatteryPicker);
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  protected readonly canEdit = inject(AdminAuthService).canEdit;
  private readonly picked = computed(() => this.picker()?.selected() ?? null);
  /** The battery the checked file is for: fixed at the dry run, since the picker leaves with the first step. */
  private readonly checkedFor = signal<BatterySummary | null>(null);
  protected readonly battery = computed(() =>
    this.step() === 'upload' ? (this.picked() ?? this.checkedFor()) : this.checkedFor(),
  );
  protected readonly step = signal<Step>('upload');
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<TranslationKey | null>(null);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly steps: readonly { id: Step; key: TranslationKey }[] = [
    { id: 'upload', key: 'admin.import.step.upload' },
    { id: 'verify', key: 'admin.import.step.verify' },
    { id: 'done', key: 'admin.import.step.done' },
  ];

  /** Errors by row (row 0, the whole file, first), so each row's problems read together. */
  protected readonly errorRows = computed(() => {
    const byRow = new Map<number, ImportRowError[]>();
    for (const error of this.report()?.errors ?? []) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
    return [...byRow].sort(([a], [b]) => a - b).map(([row, errors]) => ({ row, errors }));
  });

  /**
   * The server's template, so the console never offers columns the import would refuse. The XLSX
   * one has drop-down lists and an instructions sheet; the CSV one suits other tools.
   */
  protected async downloadTemplate(format: 'csv' | 'xlsx'): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.saver.save(await this.api.importTemplate(format));
    } catch (error) {
      this.error.set(problemMessage(toProblem(error), this.i18n));
    } finally {
      this.busy.set(false);
    }
  }

  protected chooseFile(event: Event): void {
    const chosen = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.error.set(null);
    this.fileError.set(chosen && !ACCEPTED.test(chosen.name) ? 'admin.import.wrongType' : null);
    this.file.set(chosen);
  }

  protected async verify(): Promise<void> {
    const file = this.file();
    if (!file) {
      this.fileError.set('admin.import.noFile');
      return;
    }
    if (this.fileError()) return;
    // After "upload the corrected file" the picker is new and may still be loading: keep the battery checked before.
    this.checkedFor.set(this.picked() ?? this.checkedFor());
    const report = await this.send(file, true);
    if (report) {
      this.report.set(report);
      this.go('verify');
    }
  }

  protected async commit(): Promise<void> {
    const file = this.file();
    if (!file) return;
    const report = await this.send(file, false);
    if (!report) return;
    this.report.set(report);
    this.go(report.errors.length === 0 ? 'done' : 'verify');
  }

  protected restart(): void {
    this.file.set(null);
    this.report.set(null);
    this.error.set(null);
    this.go('upload');
  }

  protected columnLabel(error: ImportRowError): string {
    return error.column === null ? '—' : this.i18n.t(`admin.import.col.${error.column}`);
  }

  private async send(file: File, dryRun: boolean): Promise<ImportReport | null> {
    if (this.busy()) return null;
    this.busy.set(true);
    this.error.set(null);
    try {
      return await this.api.importParticipants({ file, batteryId: this.battery()?.id ?? null, dryRun });
    } catch (error) {
      const problem = toProblem(error);
      // A refused commit (422 import_invalid) may carry the report: show its rows like a dry run's.
      const body = problem.body as { report?: unknown } | null;
      const report = isImportReport(body?.report) ? body.report : isImportReport(body) ? body : null;
      this.error.set(problemMessage(problem, this.i18n));
      return report;
    } finally {
      this.busy.set(false);
    }
  }

  private go(step: Step): void {
    this.step.set(step);
    afterNextRender({ write: () => this.stepHeading()?.nativeElement.focus() }, { injector: this.injector });
  }
}
