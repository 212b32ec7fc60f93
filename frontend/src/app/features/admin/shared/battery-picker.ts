import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { BatterySummary } from '@evkin/contracts';
import { map } from 'rxjs';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ADMIN_URLS } from './admin-api';

/**
 * The battery a page works on, kept in the `battery` query parameter so a link (e.g. from the dashboard)
 * opens the same battery elsewhere. Without one, the most recently created battery is chosen.
 */
@Component({
  selector: 'app-battery-picker',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="battery-picker">
      <mat-label>{{ 'admin.battery.label' | t }}</mat-label>
      <mat-select [value]="selectedId()" (valueChange)="choose($event)" [disabled]="batteries().length === 0">
        @for (battery of batteries(); track battery.id) {
          <mat-option [value]="battery.id">{{ battery.name }}</mat-option>
        }
      </mat-select>
      @if (list.isLoading()) {
        <mat-hint>{{ 'admin.loading' | t }}</mat-hint>
      } @else if (batteries().length === 0) {
        <mat-hint>{{ 'admin.battery.none' | t }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: '.battery-picker { min-width: min(100%, 24rem); }',
})
export class BatteryPicker {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** Keep the other query parameters (filters) when switching battery. */
  readonly keepQuery = input(false);

  protected readonly list = httpResource<BatterySummary[]>(() => ADMIN_URLS.batteries, { defaultValue: [] });
  protected readonly batteries = computed(() =>
    [...(this.list.hasValue() ? this.list.value() : [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
  private readonly requested = toSignal(this.route.queryParamMap.pipe(map((params) => params.get('battery'))), {
    initialValue: null,
  });
  readonly selectedId = computed(() => this.requested() ?? this.batteries()[0]?.id ?? null);
  readonly selected = computed(() => this.batteries().find((b) => b.id === this.selectedId()) ?? null);

  constructor() {
    effect(() => {
      // Make the default explicit in the URL, so reloads and shared links keep it.
      const fallback = this.batteries()[0]?.id;
      if (!this.requested() && fallback) this.choose(fallback);
    });
  }

  protected choose(id: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: this.keepQuery() ? { battery: id } : { battery: id, page: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
