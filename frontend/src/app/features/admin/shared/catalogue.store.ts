import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import type { CatalogueView, Target } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { ADMIN_URLS } from './admin-api';
import { AdminAuthService } from './admin-auth.service';

type SubCompetency = CatalogueView['subCompetencies'][number];

/** The regulation catalogue (competencies, sub-competencies, levels, Part 1 lists), read once per session. */
@Injectable()
export class CatalogueStore {
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AdminAuthService);

  /** Fetched when a session exists, and again after a new sign-in. */
  readonly resource = httpResource<CatalogueView>(() => (this.auth.session() ? ADMIN_URLS.catalogue : undefined));
  readonly catalogue = computed(() => (this.resource.hasValue() ? this.resource.value() : null));

  private readonly subById = computed(
    () => new Map((this.catalogue()?.subCompetencies ?? []).map((s) => [s.id, s] as const)),
  );

  /** Sub-competency name in the admin's language, numbered as in seed 000 Tabel 1 ("4. Penempatan …"). */
  subCompetencyName(id: string): string {
    const sub = this.subById().get(id);
    if (!sub) return id;
    return `${sub.no}. ${this.i18n.language() === 'en' ? sub.en : sub.name}`;
  }

  competencyName(id: string): string {
    const competency = this.catalogue()?.competencies.find((c) => c.id === id);
    if (!competency) return id;
    return `${competency.no}. ${this.i18n.language() === 'en' ? competency.en : competency.name}`;
  }

  /** The sub-competencies a battery for this target may measure (Petugas: all of them). */
  measuredAt(target: Target): SubCompetency[] {
    const catalogue = this.catalogue();
    if (!catalogue) return [];
    if (target === 'petugas') return catalogue.subCompetencies;
    const level = catalogue.levels.find((l) => l.id === target);
    const measured = new Set(level?.measuredSubCompetencyIds ?? []);
    return catalogue.subCompetencies.filter((s) => measured.has(s.id));
  }

  localized(
    entry: { text: string; en: string } | { name: string; en: string } | { title: string; en: string },
  ): string {
    if (this.i18n.language() === 'en') return entry.en;
    return 'text' in entry ? entry.text : 'name' in entry ? entry.name : entry.title;
  }
}
