import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

export interface StackSeries {
  key: string;
  label: string;
}

export interface StackRow {
  label: string;
  /** Counts per series key. */
  counts: Readonly<Record<string, number>>;
}

/** Distributions (e.g. categories per sub-competency) as 100% stacked bars, with a legend and a data table. */
@Component({
  selector: 'app-stacked-bar-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption>{{ caption() }}</figcaption>
      <ul class="legend" [attr.aria-label]="'admin.chart.legend' | t">
        @for (s of series(); track s.key; let i = $index) {
          <li><span class="swatch" [class]="'swatch s' + i" aria-hidden="true"></span>{{ s.label }}</li>
        }
      </ul>
      <ul class="bars" aria-hidden="true">
        @for (row of rows(); track row.label) {
          <li>
            <span class="label">{{ row.label }}</span>
            <span class="track stacked">
              @for (s of series(); track s.key; let i = $index) {
                @if (share(row, s.key) > 0) {
                  <span class="segment" [class]="'segment s' + i" [style.width.%]="share(row, s.key)"></span>
                }
              }
            </span>
            <span class="value">{{ total(row) }}</span>
          </li>
        }
      </ul>
      <table>
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ labelHeader() }}</th>
            @for (s of series(); track s.key) {
              <th scope="col">{{ s.label }}</th>
            }
            <th scope="col">{{ 'admin.chart.total' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (s of series(); track s.key) {
                <td>{{ row.counts[s.key] ?? 0 }}</td>
              }
              <td>{{ total(row) }}</td>
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="series().length + 2">{{ 'admin.chart.empty' | t }}</td>
            </tr>
          }
        </tbody>
      </table>
    </figure>
  `,
  styleUrl: './chart.scss',
})
export class StackedBarChart {
  readonly caption = input.required<string>();
  readonly series = input.required<readonly StackSeries[]>();
  readonly rows = input.required<readonly StackRow[]>();
  readonly labelHeader = input.required<string>();

  protected total(row: StackRow): number {
    return this.series().reduce((sum, s) => sum + (row.counts[s.key] ?? 0), 0);
  }

  protected share(row: StackRow, key: string): number {
    const total = this.total(row);
    return total === 0 ? 0 : ((row.counts[key] ?? 0) / total) * 100;
  }
}
