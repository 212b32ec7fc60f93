import { categorise, indexFromMean, presentIndex, presentPercent } from './bands.js';
import { CATEGORY_LABELS, CONCLUSION_LABELS } from './labels.js';

describe('index 0–100 = (mean − 1) / 3 × 100', () => {
  it.each([
    [1, 0],
    [2.5, 50],
    [3.4, 80],
    [4, 100],
  ])('mean %p gives index %p', (mean, index) => {
    expect(indexFromMean(mean)).toBeCloseTo(index, 12);
  });
});

describe('category bands (defaults ≥80, ≥60, ≥40, ≥20)', () => {
  it.each([
    [100, 'Sangat Baik'],
    [80, 'Sangat Baik'],
    [79.9, 'Baik'],
    [79.999999, 'Baik'],
    [60, 'Baik'],
    [59.99, 'Sedang'],
    [40, 'Sedang'],
    [39.999, 'Kurang'],
    [20, 'Kurang'],
    [19.9999, 'Sangat Kurang'],
    [0, 'Sangat Kurang'],
  ])('index %p is %s', (index, label) => {
    expect(CATEGORY_LABELS.id[categorise(index)]).toBe(label);
  });

  it('counts an edge reached up to floating-point noise as reached', () => {
    // 0.2·1 + 0.3·4 + 0.3·4 + 0.2·4 is exactly 3.4 (index 80), but binary floating point makes it a hair less.
    const naive = ((0.2 * 1 + 0.3 * 4 + 0.3 * 4 + 0.2 * 4 - 1) / 3) * 100;
    expect(naive).toBeLessThan(80);
    expect(categorise(naive)).toBe('sangat_baik');
    expect(categorise(80 - 1e-12)).toBe('sangat_baik');
    expect(categorise(60 - 1e-11)).toBe('baik');
  });

  it('uses a battery’s own bands', () => {
    const bands = { sangat_baik: 90, baik: 75, sedang: 50, kurang: 25 };
    expect(categorise(89.9, bands)).toBe('baik');
    expect(categorise(90, bands)).toBe('sangat_baik');
    expect(categorise(74.9, bands)).toBe('sedang');
    expect(categorise(24.9, bands)).toBe('sangat_kurang');
  });

  it('labels the conclusion with the same bands', () => {
    expect(CONCLUSION_LABELS.id[categorise(80)]).toBe('Berkinerja Sangat Tinggi');
    expect(CONCLUSION_LABELS.id[categorise(66.7)]).toBe('Berkinerja Tinggi');
    expect(CONCLUSION_LABELS.id[categorise(40)]).toBe('Berkinerja Sedang');
    expect(CONCLUSION_LABELS.id[categorise(20)]).toBe('Berkinerja Kurang');
    expect(CONCLUSION_LABELS.id[categorise(19.9)]).toBe('Berkinerja Sangat Kurang');
    expect(CONCLUSION_LABELS.en[categorise(80)]).toBe('Very high performer');
  });
});

describe('presentIndex (one decimal, for display only)', () => {
  it.each([
    [250 / 3, 83.3],
    [200 / 3, 66.7],
    [50, 50],
    [0, 0],
    [100, 100],
    [62.25, 62.3],
  ])('shows %p as %p', (index, shown) => {
    expect(presentIndex(index)).toBe(shown);
  });

  it('shows a noisy 80 as 80.0, and never shows a Baik index as 80.0', () => {
    expect(presentIndex(79.99999999999999)).toBe(80);
    expect(categorise(79.96)).toBe('baik');
    expect(presentIndex(79.96)).toBe(79.9);
    expect(presentIndex(59.97)).toBe(59.9);
    expect(presentIndex(79.94)).toBe(79.9);
    expect(presentIndex(80.04)).toBe(80);
  });

  it('follows the battery’s bands when clamping', () => {
    expect(presentIndex(74.98, { sangat_baik: 90, baik: 75, sedang: 50, kurang: 25 })).toBe(74.9);
    expect(presentIndex(74.98)).toBe(75);
  });
});

describe('presentPercent (whole numbers, as in the sample report)', () => {
  it('rounds like the sample report: 13 of 15 is 87%, 2 of 15 is 13%', () => {
    expect(presentPercent((13 / 15) * 100)).toBe(87);
    expect(presentPercent((2 / 15) * 100)).toBe(13);
    expect(presentPercent(12.5)).toBe(13);
    expect(presentPercent(0)).toBe(0);
  });

  it('never shows a share under the 75% rule as 75%', () => {
    expect(presentPercent(74.7)).toBe(75);
    expect(presentPercent(74.7, 75)).toBe(74);
    expect(presentPercent(75, 75)).toBe(75);
    expect(presentPercent(74.2, 75)).toBe(74);
  });
});
