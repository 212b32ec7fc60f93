/**
 * Scoring (DESIGN §2): pure functions, no I/O. See docs/scoring.md for the method and a worked example.
 * Give the participant and their report `ScoringResult.participant` only; `ScoringResult.admin` is for admins.
 */
export * from './activity-profile.js';
export * from './bands.js';
export * from './errors.js';
export * from './labels.js';
export * from './score.js';
export * from './settings.js';
