import type { RaterRole } from '@evkin/contracts';

/** The screens of a started evaluation, in the order of seed 000 G.2.c (Gambar 5–14). */
export const JOURNEY_STEPS = ['intro', 'raters', 'part1-intro', 'part1', 'part2-intro', 'part2', 'closing'] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/** Every page the portal can show for a link. */
export type Screen = 'loading' | 'problem' | 'load-failed' | 'confirm' | 'not-me' | JourneyStep | 'finished';

/** Only the participant names their supervisor and peer (Daftar Rater). */
export function stepsFor(role: RaterRole): readonly JourneyStep[] {
  return role === 'self' ? JOURNEY_STEPS : JOURNEY_STEPS.filter((step) => step !== 'raters');
}

export function isJourneyStep(value: unknown): value is JourneyStep {
  return typeof value === 'string' && (JOURNEY_STEPS as readonly string[]).includes(value);
}

/** A DOM id for a Part 2 statement; item ids may hold characters (`custom.<uuid>`) that ids should not. */
export function itemDomId(itemId: string): string {
  return `item-${itemId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
