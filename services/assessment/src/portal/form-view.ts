import type { AnswerSet, MissingAnswer, Part1Group, Part2Section, Progress, Target } from '@evkin/contracts';
import { CATALOGUE } from '@evkin/catalogue';
import type { InstrumentContext } from '../evaluation/battery-context.js';

/**
 * The instrument as the rater sees it: Part 1 grouped by competency (Pengantar Kerja: the 80
 * activities, findable by text) or by task group a–g (Petugas Antar Kerja); Part 2 one section
 * per sub-competency, in Tabel 1 order.
 */
export function part1Groups(target: Target, instrument: InstrumentContext): Part1Group[] {
  const codes = new Set(instrument.part1Codes);
  if (target === 'petugas') {
    return CATALOGUE.petugasTaskGroups
      .map((group) => ({
        id: group.id,
        title: group.title,
        en: group.en,
        items: CATALOGUE.petugasTasksIn(group.id)
          .filter((task) => codes.has(task.id))
          .map((task) => ({ code: task.id, text: task.text, en: task.en, jenjang: null })),
      }))
      .filter((group) => group.items.length > 0);
  }
  return CATALOGUE.competencies
    .map((competency) => ({
      id: competency.id,
      title: competency.name,
      en: competency.en,
      items: CATALOGUE.activities
        .filter((activity) => activity.competencyId === competency.id && codes.has(activity.code))
        .map((activity) => ({ code: activity.code, text: activity.text, en: activity.en, jenjang: activity.jenjang })),
    }))
    .filter((group) => group.items.length > 0);
}

export function part2Sections(instrument: InstrumentContext): Part2Section[] {
  return CATALOGUE.subCompetencies
    .filter((sub) => instrument.subCompetencyIds.includes(sub.id))
    .map((sub) => ({
      subCompetencyId: sub.id,
      competencyId: sub.competencyId,
      name: sub.name,
      en: sub.en,
      description: sub.description,
      descriptionEn: sub.descriptionEn,
      items: instrument.part2Items
        .filter((item) => item.subCompetencyId === sub.id)
        .map((item) => ({ id: item.id, text: item.text, en: item.en })),
    }));
}

export function scale(): { value: number; label: string; en: string }[] {
  return CATALOGUE.scale.map((option) => ({ value: option.defaultValue, label: option.label, en: option.en }));
}

/** What still stops Kirim Data: unanswered statements and, for the participant, the unnamed raters. */
export function missingAnswers(
  instrument: InstrumentContext,
  answers: AnswerSet,
  ratersNamed: boolean | null,
): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  if (ratersNamed === false) missing.push({ section: 'raters', subCompetencyId: null, itemId: null });
  for (const item of instrument.part2Items) {
    if (answers.part2[item.id] === undefined) {
      missing.push({ section: 'part2', subCompetencyId: item.subCompetencyId, itemId: item.id });
    }
  }
  return missing;
}

export function progress(instrument: InstrumentContext, answers: AnswerSet, ratersNamed: boolean | null): Progress {
  const answered = instrument.part2Items.filter((item) => answers.part2[item.id] !== undefined).length;
  return {
    part2Answered: answered,
    part2Total: instrument.part2Items.length,
    ratersNamed,
    complete: answered === instrument.part2Items.length && ratersNamed !== false,
  };
}

/** Competencies whose sub-competencies Part 2 covers, for the confirmation page and the proof. */
export function competenciesOf(instrument: InstrumentContext): { id: string; name: string; en: string }[] {
  const ids = new Set(
    instrument.subCompetencyIds.map((id) => CATALOGUE.subCompetency(id)?.competencyId).filter((id) => id !== undefined),
  );
  return CATALOGUE.competencies.filter((c) => ids.has(c.id)).map((c) => ({ id: c.id, name: c.name, en: c.en }));
}
