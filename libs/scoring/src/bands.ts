/**
 * The 0–100 index, its categories and its presentation. Scores are computed with plain numbers
 * and never rounded; only the helpers here round, for display.
 */
import { type Category } from './labels.js';
import { BAND_EDGES, DEFAULT_SCORING_SETTINGS, type BandEdge, type ScoringSettings } from './settings.js';

/**
 * How far below a band edge an index may fall and still count as on it. Binary floating point
 * cannot hold most decimals exactly: a mean of 3.4 from weights 0.1/0.4/0.25/0.25 computes to an
 * index of 79.99999999999997 where the exact value is 80. Real differences between two scores are
 * far larger than 1e-9 (answers are whole numbers 1–4), so this only absorbs rounding noise.
 */
export const BAND_EPSILON = 1e-9;

/** Index 0–100 from a mean on the 1–4 scale: (mean − 1) / 3 × 100. */
export function indexFromMean(mean: number): number {
  return ((mean - 1) / 3) * 100;
}

/** The category of an index: the best band whose lower edge the index reaches. */
export function categorise(index: number, bands: ScoringSettings['bands'] = DEFAULT_SCORING_SETTINGS.bands): Category {
  for (const edge of BAND_EDGES) {
    if (index >= bands[edge] - BAND_EPSILON) return edge;
  }
  return 'sangat_kurang';
}

/** True when two computed values are the same up to floating-point noise. */
export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= BAND_EPSILON;
}

function upperEdge(category: Category, bands: ScoringSettings['bands']): number | null {
  const position = (BAND_EDGES as readonly Category[]).indexOf(category);
  const better: BandEdge | undefined = position === -1 ? BAND_EDGES[BAND_EDGES.length - 1] : BAND_EDGES[position - 1];
  return better === undefined ? null : bands[better];
}

/**
 * An index for display: one decimal, halves rounded up. A value just below a band edge is never
 * shown as the edge itself (79.96 is Baik and shows as 79.9, not 80.0), so the number printed
 * never contradicts the category printed next to it. Band edges have at most one decimal.
 */
export function presentIndex(index: number, bands: ScoringSettings['bands'] = DEFAULT_SCORING_SETTINGS.bands): number {
  let tenths = Math.round(index * 10 + BAND_EPSILON * 10);
  const upper = upperEdge(categorise(index, bands), bands);
  if (upper !== null && tenths >= Math.round(upper * 10)) tenths = Math.round(upper * 10) - 1;
  return Math.min(1000, Math.max(0, tenths)) / 10;
}

/**
 * A percentage (0–100) for display as a whole number, halves rounded up, as in the sample report
 * (13 of 15 → 87%). With `below`, a value known to be under that limit is never shown at or above it
 * (74.7% under the 75% rule shows as 74%, not 75%).
 */
export function presentPercent(percent: number, below?: number): number {
  let shown = Math.round(percent + BAND_EPSILON);
  if (below !== undefined && percent < below && shown >= below) shown = Math.ceil(below) - 1;
  return Math.min(100, Math.max(0, shown));
}
