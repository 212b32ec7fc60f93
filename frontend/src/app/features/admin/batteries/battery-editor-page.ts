import { httpResource } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { disabled, form, FormField, FormRoot, validate, type ValidationError } from '@angular/forms/signals';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  BAND_EDGES,
  type BandEdge,
  type BankItem,
  type BatteryView,
  type FieldError,
  RATER_ROLES,
  type Target,
  TARGETS,
} from '@evkin/contracts';
import { map } from 'rxjs';
import { I18nService, isTranslationKey } from '../../../core/i18n/i18n.service';
import type { TranslationKey } from '../../../core/i18n/id';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi, ADMIN_URLS, queryParams } from '../shared/admin-api';
import { AdminAuthService } from '../shared/admin-auth.service';
import { CatalogueStore } from '../shared/catalogue.store';
import { roleKey, targetKey } from '../shared/labels';
import { problemMessage, toProblem } from '../shared/problem';
import {
  bandProblem,
  type BatteryFormModel,
  emptyBattery,
  formFieldOf,
  fromView,
  parseReminderDays,
  toInput,
  weightsSum,
} from './battery-form';
import { BatteryPreview, type Part1Group } from './battery-preview';

type ArrayField = 'subCompetencyIds' | 'part2ItemIds' | 'part1Codes';

@Component({
  selector: 'app-battery-editor-page',
  imports: [
    BatteryPreview,
    FormField,
    FormRoot,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './battery-editor-page.html',
  styleUrls: ['../shared/page.scss', './battery-editor-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatteryEditorPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly store = inject(CatalogueStore);
  private readonly formErrors = viewChild<ElementRef<HTMLElement>>('formErrors');
  private readonly status = viewChild<ElementRef<HTMLElement>>('statusMessage');

  protected readonly canEdit = inject(AdminAuthService).canEdit;
  protected readonly targets = TARGETS;
  protected readonly roles = RATER_ROLES;
  protected readonly bandEdges = BAND_EDGES;
  protected readonly targetKey = targetKey;
  protected readonly roleKey = roleKey;
  protected readonly catalogue = this.store.catalogue;

  protected readonly batteryId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id'))), {
    initialValue: null,
  });
  protected readonly loaded = httpResource<BatteryView>(() => {
    const id = this.batteryId();
    return id ? ADMIN_URLS.battery(id) : undefined;
  });
  /** The battery as last read or saved (null while creating a new one). */
  protected readonly battery = signal<BatteryView | null>(null);

  private readonly model = signal<BatteryFormModel>(emptyBattery());
  /** Set once a save was attempted, so list-type fields show their errors too. */
  protected readonly attempted = signal(false);
  protected readonly unplacedErrors = signal<FieldError[]>([]);
  protected readonly saveError = signal<string | null>(null);
  /** A new battery's editor is opened afresh at its own URL after the first save; the message comes along. */
  protected readonly saved = signal<TranslationKey | null>(savedOnArrival(this.router));
  protected readonly statusBusy = signal(false);
  protected readonly showPreview = signal(false);

  protected readonly f = form(
    this.model,
    (path) => {
      disabled(path, () => !this.canEdit());
      for (const field of [path.name, path.programme] as const) {
        validate(field, ({ value }) => (value().trim() ? undefined : { kind: 'admin.validation.required' }));
      }
      validate(path.periodStart, ({ value }) => (value() ? undefined : { kind: 'admin.validation.required' }));
      validate(path.deadline, ({ value, valueOf }) => {
        if (!value()) return { kind: 'admin.validation.required' };
        const start = valueOf(path.periodStart);
        return start && value() < start ? { kind: 'admin.battery.error.deadlineBeforeStart' } : undefined;
      });
      validate(path.subCompetencyIds, ({ value }) =>
        value().length > 0 ? undefined : { kind: 'admin.battery.error.noSubCompetency' },
      );
      validate(path.part2ItemIds, ({ value }) =>
        value().length > 0 ? undefined : { kind: 'admin.battery.error.noItems' },
      );
      validate(path.part1Codes, ({ value }) =>
        value().length > 0 ? undefined : { kind: 'admin.battery.error.noPart1' },
      );
      for (const role of RATER_ROLES) {
        validate(path.weights[role], ({ value }) =>
          typeof value() === 'number' && value() >= 0 && value() <= 1
            ? undefined
            : { kind: 'admin.battery.error.weightRange' },
        );
      }
      validate(path.weights, ({ value }) =>
        Math.abs(weightsSum(value()) - 1) < 1e-9 ? undefined : { kind: 'admin.battery.error.weightsSum' },
      );
      validate(path.bands, ({ value }) => {
        const problem = bandProblem(value());
        if (!problem) return undefined;
        const kinds: Record<typeof problem.kind, TranslationKey> = {
          range: 'admin.battery.error.bandRange',
          order: 'admin.battery.error.bandOrder',
          precision: 'admin.battery.error.bandPrecision',
        };
        return { kind: kinds[problem.kind] };
      });
      validate(path.reminderDays, ({ value }) =>
        parseReminderDays(value()) ? undefined : { kind: 'admin.battery.error.reminderDays' },
      );
    },
    {
      submission: {
        action: () => this.save(),
        onInvalid: () => {
          this.attempted.set(true);
          this.focusErrors();
        },
      },
    },
  );

  private readonly target = computed(() => this.f.target().value());
  protected readonly measured = computed(() => this.store.measuredAt(this.target()));

  /** Active bank statements of the target; the battery's own statements are shown even if since deactivated. */
  protected readonly bank = httpResource<BankItem[]>(
    () => ({ url: ADMIN_URLS.items, params: queryParams({ target: this.target() }) }),
    { defaultValue: [] },
  );
  protected readonly itemsBySub = computed(() => {
    const bySub = new Map<string, { id: string; subCompetencyId: string; text: string; en: string }[]>();
    const seen = new Set<string>();
    const add = (item: { id: string; subCompetencyId: string; text: string; en: string }) => {
      if (seen.has(item.id)) return;
      seen.add(item.id);
      bySub.set(item.subCompetencyId, [...(bySub.get(item.subCompetencyId) ?? []), item]);
    };
    (this.bank.hasValue() ? this.bank.value() : []).forEach(add);
    const battery = this.battery();
    if (battery?.target === this.target()) battery.instrument.part2Items.forEach(add);
    return bySub;
  });
  protected readonly chosenSubs = computed(() =>
    this.measured().filter((s) => this.f.subCompetencyIds().value().includes(s.id)),
  );

  protected readonly part1Groups = computed<Part1Group[]>(() => {
    const catalogue = this.catalogue();
    if (!catalogue) return [];
    if (this.target() === 'petugas') {
      return catalogue.petugasTaskGroups.map((group) => ({
        id: group.id,
        title: this.store.localized(group),
        entries: catalogue.petugasTasks
          .filter((task) => task.groupId === group.id)
          .map((task) => ({ code: task.id, text: this.store.localized(task) })),
      }));
    }
    return catalogue.levels.map((level) => ({
      id: level.id,
      title: this.store.localized(level),
      entries: catalogue.activities
        .filter((activity) => activity.jenjang === level.id)
        .map((activity) => ({ code: activity.code, text: `${activity.code}. ${this.store.localized(activity)}` })),
    }));
  });

  protected readonly previewItems = computed(() => {
    const chosen = new Set(this.f.part2ItemIds().value());
    return this.chosenSubs().map((sub) => ({
      subCompetencyId: sub.id,
      title: this.store.subCompetencyName(sub.id),
      items: (this.itemsBySub().get(sub.id) ?? [])
        .filter((item) => chosen.has(item.id))
        .map((item) => ({ id: item.id, text: this.store.localized(item) })),
    }));
  });

  protected readonly frozenNotice = computed(() => this.battery()?.instrument.frozen ?? false);

  private lastTarget: Target | null = null;

  constructor() {
    if (this.saved()) this.focusStatus();
    // An existing battery fills the form once read.
    effect(() => {
      if (!this.loaded.hasValue()) return;
      const view = this.loaded.value();
      untracked(() => this.adopt(view));
    });
    // A new battery starts with the whole Part 1 list of its target.
    effect(() => {
      const target = this.target();
      const groups = this.part1Groups();
      untracked(() => {
        if (target === this.lastTarget || groups.length === 0) return;
        const first = this.lastTarget === null;
        this.lastTarget = target;
        if (first && this.batteryId()) return;
        this.onTargetChanged(groups);
      });
    });
  }

  protected fieldErrors(errors: readonly ValidationError[]): string[] {
    return errors.map((error) => this.errorText(error));
  }

  protected errorText(error: ValidationError): string {
    if (error.message) return error.message;
    return isTranslationKey(error.kind) ? this.i18n.t(error.kind) : this.i18n.t('admin.validation.invalid');
  }

  protected readonly weightTotal = computed(() => Math.round(weightsSum(this.f.weights().value()) * 1000) / 1000);

  protected subName(id: string): string {
    return this.store.subCompetencyName(id);
  }

  protected localized(item: { text: string; en: string }): string {
    return this.store.localized(item);
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected countIn(group: Part1Group): number {
    const chosen = new Set(this.f.part1Codes().value());
    return group.entries.filter((entry) => chosen.has(entry.code)).length;
  }

  protected has(field: ArrayField, id: string): boolean {
    return this.f[field]().value().includes(id);
  }

  protected toggle(field: ArrayField, id: string, checked: boolean): void {
    this.f[field]().value.update((ids) =>
      checked ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id),
    );
    if (field === 'subCompetencyIds') {
      // Statements follow their sub-competency: all active ones preselected, none kept when it is dropped.
      const items = (this.itemsBySub().get(id) ?? []).map((item) => item.id);
      const activeBank = new Set(
        (this.bank.hasValue() ? this.bank.value() : []).filter((i) => i.active).map((i) => i.id),
      );
      this.f
        .part2ItemIds()
        .value.update((ids) =>
          checked
            ? [...new Set([...ids, ...items.filter((item) => activeBank.has(item))])]
            : ids.filter((item) => !items.includes(item)),
        );
    }
  }

  protected setAll(field: ArrayField, ids: string[], checked: boolean): void {
    const set = new Set(ids);
    this.f[field]().value.update((current) =>
      checked ? [...new Set([...current, ...ids])] : current.filter((id) => !set.has(id)),
    );
  }

  protected groupCodes(group: Part1Group): string[] {
    return group.entries.map((entry) => entry.code);
  }

  protected bandLabel(edge: BandEdge): TranslationKey {
    return `admin.category.${edge}`;
  }

  protected async setStatus(status: BatteryView['status']): Promise<void> {
    const battery = this.battery();
    if (!battery || this.statusBusy()) return;
    this.statusBusy.set(true);
    this.saveError.set(null);
    this.saved.set(null);
    try {
      const updated = await this.api.setBatteryStatus(battery.id, status);
      this.battery.set(updated);
      this.saved.set(status === 'active' ? 'admin.battery.activated' : 'admin.battery.deactivated');
    } catch (error) {
      this.saveError.set(problemMessage(toProblem(error), this.i18n));
    } finally {
      this.statusBusy.set(false);
      this.focusStatus();
    }
  }

  private adopt(view: BatteryView): void {
    this.battery.set(view);
    this.lastTarget = view.target;
    this.model.set(fromView(view));
  }

  private onTargetChanged(groups: Part1Group[]): void {
    const measured = new Set(this.store.measuredAt(this.target()).map((s) => s.id));
    this.f.subCompetencyIds().value.update((ids) => ids.filter((id) => measured.has(id)));
    // Statements belong to one target: choose them again from the new target's bank.
    this.f.part2ItemIds().value.set([]);
    this.f.part1Codes().value.set(groups.flatMap((group) => group.entries.map((entry) => entry.code)));
  }

  private async save(): Promise<ValidationError.WithOptionalFieldTree[] | undefined> {
    this.attempted.set(true);
    this.saveError.set(null);
    this.saved.set(null);
    this.unplacedErrors.set([]);
    const existing = this.battery();
    const input = toInput(this.model(), existing === null);
    try {
      const view = existing ? await this.api.updateBattery(existing.id, input) : await this.api.createBattery(input);
      const newVersion = existing !== null && view.instrument.version > existing.instrument.version;
      this.adopt(view);
      this.attempted.set(false);
      this.saved.set(newVersion ? 'admin.battery.savedNewVersion' : 'admin.battery.saved');
      // A new battery moves to its own URL, where a fresh editor shows (and focuses) the message.
      if (existing) this.focusStatus();
      else {
        await this.router.navigate(['/admin/batteries', view.id], {
          replaceUrl: true,
          state: { saved: 'admin.battery.saved' },
        });
      }
      return undefined;
    } catch (error) {
      const problem = toProblem(error);
      const placed: ValidationError.WithOptionalFieldTree[] = [];
      const unplaced: FieldError[] = [];
      for (const fieldError of problem.fieldErrors) {
        const name = formFieldOf(fieldError.field);
        if (name) placed.push({ fieldTree: this.f[name], kind: 'server', message: fieldError.message });
        else unplaced.push(fieldError);
      }
      this.unplacedErrors.set(unplaced);
      this.saveError.set(problemMessage(problem, this.i18n));
      this.focusErrors();
      return placed;
    }
  }

  private focusErrors(): void {
    afterNextRender({ write: () => this.formErrors()?.nativeElement.focus() }, { injector: this.injector });
  }

  private focusStatus(): void {
    afterNextRender({ write: () => this.status()?.nativeElement.focus() }, { injector: this.injector });
  }
}

function savedOnArrival(router: Router): TranslationKey | null {
  const saved: unknown = router.currentNavigation()?.extras.state?.['saved'];
  return typeof saved === 'string' && isTranslationKey(saved) ? saved : null;
}
