import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { Target } from '@evkin/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CatalogueStore } from '../shared/catalogue.store';

export interface Part1Group {
  id: string;
  title: string;
  entries: { code: string; text: string }[];
}

export interface PreviewSection {
  subCompetencyId: string;
  title: string;
  items: { id: string; text: string }[];
}

/** What a rater will see: Part 1 (activities to tick, by group) and Part 2 (statements with the answer scale). */
@Component({
  selector: 'app-battery-preview',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{{ 'admin.battery.preview' | t }}</h2>
      <p class="muted">{{ 'admin.battery.previewNote' | t }}</p>
      <h3>{{ 'admin.battery.part1' | t }}</h3>
      @for (group of groups(); track group.id) {
        <h4>{{ group.title }}</h4>
        <ul class="part1">
          @for (entry of group.entries; track entry.code) {
            <li><span class="box" aria-hidden="true"></span>{{ entry.text }}</li>
          }
        </ul>
      } @empty {
        <p>{{ 'admin.battery.previewEmpty' | t }}</p>
      }
      <h3>{{ 'admin.battery.part2' | t }}</h3>
      @for (section of part2(); track section.subCompetencyId) {
        <h4>{{ section.title }}</h4>
        <ol class="part2">
          @for (item of section.items; track item.id) {
            <li>
              <p>{{ item.text }}</p>
              <p class="scale">
                @for (option of scale(); track option.id) {
                  <span class="option"><span class="radio" aria-hidden="true"></span>{{ option.label }}</span>
                }
              </p>
            </li>
          }
        </ol>
      } @empty {
        <p>{{ 'admin.battery.previewEmpty' | t }}</p>
      }
    </section>
  `,
  styles: `
    .preview {
      margin-top: 1.5rem;
      padding: 1rem 1.25rem;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-medium);
      max-width: 60rem;
    }
    .part1 {
      list-style: none;
      padding: 0;
    }
    .part1 li {
      display: flex;
      gap: 0.5rem;
      padding: 0.15rem 0;
    }
    .box,
    .radio {
      display: inline-block;
      flex: none;
      width: 0.9rem;
      height: 0.9rem;
      margin-top: 0.25rem;
      border: 2px solid var(--mat-sys-on-surface-variant);
      border-radius: 2px;
    }
    .radio {
      border-radius: 50%;
      margin: 0 0.3rem 0 0;
      vertical-align: -0.1rem;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class BatteryPreview {
  private readonly store = inject(CatalogueStore);

  readonly target = input.required<Target>();
  readonly part1Groups = input.required<readonly Part1Group[]>();
  readonly part1Codes = input.required<readonly string[]>();
  readonly part2 = input.required<readonly PreviewSection[]>();

  /** Only the chosen Part 1 entries, in catalogue order; empty groups are left out as the portal does. */
  protected readonly groups = computed(() => {
    const chosen = new Set(this.part1Codes());
    return this.part1Groups()
      .map((group) => ({ ...group, entries: group.entries.filter((entry) => chosen.has(entry.code)) }))
      .filter((group) => group.entries.length > 0);
  });

  protected readonly scale = computed(() =>
    (this.store.catalogue()?.scale ?? []).map((option) => ({
      id: option.id,
      label: this.store.localized({ text: option.label, en: option.en }),
    })),
  );
}
