import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

export interface BarDatum {
  label: string;
  value: number;
  /** What is printed beside the bar (e.g. "12 / 40 (30%)"); the value when omitted. */
  display?: string;
}

/**
 * A horizontal bar chart drawn with CSS. Every bar is a row with its label and printed value, so the chart
 * reads as a list without sight; the same figures are in a data table under "Tampilkan tabel".
 */
@Component({
  selector: 'app-bar-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption>{{ caption() }}</figcaption>
      <ul class="bars">
        @for (row of rows(); track row.label) {
          <li>
            <span class="label">{{ row.label }}</span>
            <span class="track" aria-hidden="true"
              ><span class="bar" [style.width.%]="width(row.value)" [class.negative]="row.value < 0"></span
            ></span>
            <span class="value">{{ row.display ?? row.value }}</span>
          </li>
        } @empty {
          <li class="empty">{{ 'admin.chart.empty' | t }}</li>
        }
      </ul>
      <details>
        <summary>{{ 'admin.chart.showTable' | t }}</summary>
        <table>
          <caption class="visually-hidden">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ labelHeader() }}</th>
              <th scope="col">{{ valueHeader() }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.label) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td>{{ row.display ?? row.value }}</td>
              </tr>
            }
          </tbody>
        </table>
      </details>
    </figure>
  `,
  styleUrl: './chart.scss',
})
export class BarChart {
  readonly caption = input.required<string>();
  readonly rows = input.required<readonly BarDatum[]>();
  readonly labelHeader = input.required<string>();
  readonly valueHeader = input.required<string>();
  /** The value of a full bar; the largest value when omitted. */
  readonly max = input<number | null>(null);

  private readonly scale = computed(() => this.max() ?? Math.max(1, ...this.rows().map((r) => Math.abs(r.value))));

  protected width(value: number): number {
    return Math.min(100, (Math.abs(value) / this.scale()) * 100);
  }
}
