import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** Previous / "page n of m (total)" / next, under the console's paged tables. */
@Component({
  selector: 'app-pager',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="'admin.pagination' | t">
      <button matButton type="button" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
        {{ 'admin.previous' | t }}
      </button>
      <span>{{ 'admin.pageOf' | t: { page: page(), pages: pages(), total: total() } }}</span>
      <button matButton type="button" [disabled]="page() >= pages()" (click)="pageChange.emit(page() + 1)">
        {{ 'admin.next' | t }}
      </button>
    </nav>
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly total = input.required<number>();
  readonly pageChange = output<number>();
}
