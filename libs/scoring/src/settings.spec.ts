import {
  DEFAULT_SCORING_SETTINGS,
  InvalidScoringSettingsError,
  assertValidScoringSettings,
  resolveScoringSettings,
  validateScoringSettings,
  type ScoringSettings,
} from './settings.js';

function codes(settings: ScoringSettings): string[] {
  return validateScoringSettings(settings).map((e) => `${e.field}:${e.code}`);
}

describe('scoring settings', () => {
  it('default to equal weights, bands 80/60/40/20 and the participant’s own ticks', () => {
    expect(DEFAULT_SCORING_SETTINGS).toEqual({
      weights: { self: 0.25, supervisor: 0.25, peer: 0.25, service_user: 0.25 },
      bands: { sangat_baik: 80, baik: 60, sedang: 40, kurang: 20 },
      activityProfileMode: 'self',
    });
    expect(validateScoringSettings(DEFAULT_SCORING_SETTINGS)).toEqual([]);
  });

  it('apply a battery’s overrides over the defaults', () => {
    const settings = resolveScoringSettings({
      weights: { self: 0.1, supervisor: 0.4 },
      bands: { sangat_baik: 85 },
      activityProfileMode: 'majority',
    });
    expect(settings).toEqual({
      weights: { self: 0.1, supervisor: 0.4, peer: 0.25, service_user: 0.25 },
      bands: { sangat_baik: 85, baik: 60, sedang: 40, kurang: 20 },
      activityProfileMode: 'majority',
    });
    expect(validateScoringSettings(settings)).toEqual([]);
  });

  it('accept weights that add up to 1 only up to floating-point noise', () => {
    // 0.1 + 0.2 + 0.3 + 0.4 is 1.0000000000000002 in floating point.
    expect(
      codes(resolveScoringSettings({ weights: { self: 0.1, supervisor: 0.2, peer: 0.3, service_user: 0.4 } })),
    ).toEqual([]);
    expect(codes(resolveScoringSettings({ weights: { self: 0, supervisor: 0.5 } }))).toEqual([]);
  });

  it('reject weights that do not add up to 1', () => {
    const errors = validateScoringSettings(resolveScoringSettings({ weights: { self: 0.3 } }));
    expect(errors).toEqual([
      {
        field: 'weights',
        code: 'weights_sum',
        message: 'The four role weights must add up to 1 (they add up to 1.05).',
      },
    ]);
    expect(codes(resolveScoringSettings({ weights: { self: 0.25 - 1e-6 } }))).toEqual(['weights:weights_sum']);
  });

  it('reject a negative weight, a weight above 1 and a weight that is not a number', () => {
    expect(codes(resolveScoringSettings({ weights: { self: -0.25, supervisor: 0.5, peer: 0.5 } }))).toEqual([
      'weights.self:weight_range',
    ]);
    expect(
      codes(resolveScoringSettings({ weights: { self: 1.5, supervisor: -0.5, peer: 0, service_user: 0 } })),
    ).toEqual(['weights.self:weight_range', 'weights.supervisor:weight_range']);
    expect(codes(resolveScoringSettings({ weights: { peer: Number.NaN } }))).toEqual(['weights.peer:weight_range']);
  });

  it('reject bands that are not strictly descending', () => {
    expect(codes(resolveScoringSettings({ bands: { baik: 85 } }))).toEqual(['bands.baik:band_order']);
    expect(codes(resolveScoringSettings({ bands: { sedang: 60 } }))).toEqual(['bands.sedang:band_order']);
    expect(codes(resolveScoringSettings({ bands: { sangat_baik: 90, baik: 75, sedang: 50, kurang: 25 } }))).toEqual([]);
  });

  it('reject bands outside 0–100 or with more than one decimal', () => {
    expect(codes(resolveScoringSettings({ bands: { sangat_baik: 101 } }))).toEqual(['bands.sangat_baik:band_range']);
    expect(codes(resolveScoringSettings({ bands: { kurang: 0 } }))).toEqual(['bands.kurang:band_range']);
    expect(codes(resolveScoringSettings({ bands: { baik: 62.55 } }))).toEqual(['bands.baik:band_precision']);
    expect(codes(resolveScoringSettings({ bands: { baik: 62.5 } }))).toEqual([]);
  });

  it('reject an unknown activity-profile mode', () => {
    const settings = { ...DEFAULT_SCORING_SETTINGS, activityProfileMode: 'all' } as unknown as ScoringSettings;
    expect(codes(settings)).toEqual(['activityProfileMode:profile_mode']);
  });

  it('throw with every field error when asserted', () => {
    const settings = resolveScoringSettings({ weights: { self: -1 }, bands: { baik: 90 } });
    let caught: unknown;
    try {
      assertValidScoringSettings(settings);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidScoringSettingsError);
    expect((caught as InvalidScoringSettingsError).errors.map((e) => e.code)).toEqual([
      'weight_range',
      'weights_sum',
      'band_order',
    ]);
  });
});
