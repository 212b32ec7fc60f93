import type { CatalogueView } from '@evkin/contracts';
import type { Catalogue } from '@evkin/catalogue';

/**
 * The part of the catalogue the portal and the console read. Sources, OCR notes and mapping notes stay in the
 * service: they document the data, they are not shown.
 */
export function toCatalogueView(catalogue: Catalogue): CatalogueView {
  return {
    competencies: catalogue.competencies.map((c) => ({ id: c.id, no: c.no, name: c.name, en: c.en })),
    subCompetencies: catalogue.subCompetencies.map((s) => ({
      id: s.id,
      no: s.no,
      competencyId: s.competencyId,
      name: s.name,
      en: s.en,
      description: s.description,
      descriptionEn: s.descriptionEn,
    })),
    levels: catalogue.levels.map((l) => ({
      id: l.id,
      order: l.order,
      name: l.name,
      en: l.en,
      measuredSubCompetencyIds: [...l.measuredSubCompetencyIds],
    })),
    activities: catalogue.activities.map((a) => ({
      code: a.code,
      competencyId: a.competencyId,
      jenjang: a.jenjang,
      text: a.text,
      en: a.en,
      output: a.output,
    })),
    petugasTaskGroups: catalogue.petugasTaskGroups.map((g) => ({ id: g.id, title: g.title, en: g.en })),
    petugasTasks: catalogue.petugasTasks.map((t) => ({ id: t.id, groupId: t.groupId, text: t.text, en: t.en })),
    scale: [...catalogue.scale]
      .sort((a, b) => a.order - b.order)
      .map((o) => ({ id: o.id, label: o.label, en: o.en, value: o.defaultValue })),
  };
}
