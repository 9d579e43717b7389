import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mageMovingAverage, type MageDirection } from './mage';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5);

/**
 * iglu's own MAGE test windows (irinagain/iglu, tests/testthat/test-mage.R with
 * data/manual_calculations.csv and data/mage_ground_truth.csv): rows of iglu's
 * example_data_5_subject, which is `../shared/data/cgm/real/example_data_5_subject.csv`
 * (data rows counted from 1 after the header, as R does). test-mage.R drops the windows
 * marked "exclude", then removes list positions 8–23, so its ground-truth rows 8–20 are the
 * manual-calculation rows 29–41: these thirteen windows (short 5, long 32, inter_gap 45,
 * max_gap 180). Values: MAGE+, MAGE−, avg, service, max.
 */
const IGLU_WINDOWS: [start: number, end: number, want: [number, number, number, number, number]][] = [
  [4145, 4432, [114.265, 93.9966666666667, 104.130833333333, 93.9966666666667, 114.265]],
  [5746, 5842, [209.293333333333, 87.8533333333333, 148.573333333333, 87.8533333333333, 209.293333333333]],
  [7413, 7698, [71.6316666666667, 75.0433333333333, 73.3375, 75.0433333333333, 75.0433333333333]],
  [7699, 7985, [50.688, 53.768, 52.228, 50.688, 53.768]],
  [7986, 8273, [43.7059579180509, 44.76, 44.2329789590255, 44.76, 44.76]],
  [8274, 8561, [38.9346666666667, 46.4741666666667, 42.7044166666667, 38.9346666666667, 46.4741666666667]],
  [8562, 8849, [33.2729487179487, 32.0318376068376, 32.6523931623932, 32.0318376068376, 33.2729487179487]],
  [11018, 11301, [119.580666666667, 117.979333333333, 118.78, 119.580666666667, 119.580666666667]],
  [11302, 11588, [212.650044272342, 189.996710939009, 201.323377605675, 212.650044272342, 212.650044272342]],
  [11589, 11830, [152.282222222222, 141.923333333333, 147.102777777778, 152.282222222222, 152.282222222222]],
  [11831, 12118, [120.126566332219, 125.406666666667, 122.766616499443, 125.406666666667, 125.406666666667]],
  [12119, 12406, [185.96, 225.5, 205.73, 225.5, 225.5]],
  [12653, 12940, [171.256666666667, 152.761666666667, 162.009166666667, 152.761666666667, 171.256666666667]],
];
const DIRECTIONS: MageDirection[] = ['plus', 'minus', 'avg', 'service', 'max'];

describe('MAGE by moving averages (Fernandes et al. 2022)', () => {
  const rows = readFileSync(new URL('../../../shared/data/cgm/real/example_data_5_subject.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map((f) => ({ t: Date.parse(f[1]!.replaceAll('"', '').replace(' ', 'T') + 'Z'), v: Number(f[2]) }));

  it.each(IGLU_WINDOWS)("gives iglu's MAGE+, MAGE−, avg, service and max on its test window of rows %i–%i", (start, end, want) => {
    const w = rows.slice(start - 1, end);
    const t = w.map((r) => r.t);
    const v = w.map((r) => r.v);
    const got = DIRECTIONS.map((direction) => mageMovingAverage(t, v, t.length, { direction }));
    // iglu's ground truth is printed to 15 significant digits.
    for (let i = 0; i < DIRECTIONS.length; i++) expect(got[i], DIRECTIONS[i]).toBeCloseTo(want[i], 6);
  });

  it('counts a regular swing of ±50 mg/dL every 4 hours as MAGE 100', () => {
    // A sine of amplitude 50 around 150, period 4 h, for two days on the 5-minute grid: every
    // rise and fall is 100 mg/dL and far above 1 SD (≈ 35), so MAGE+ = MAGE− = 100.
    const t: number[] = [];
    const v: number[] = [];
    for (let i = 0; i < 576; i++) {
      t.push(T0 + i * 5 * MIN);
      v.push(150 + 50 * Math.sin((2 * Math.PI * i * 5) / 240));
    }
    expect(mageMovingAverage(t, v, t.length, { direction: 'plus' })).toBeCloseTo(100, 0);
    expect(mageMovingAverage(t, v, t.length, { direction: 'minus' })).toBeCloseTo(100, 0);
  });

  it('has no value for a flat trace, or for fewer readings than the long window', () => {
    const t = Array.from({ length: 100 }, (_, i) => T0 + i * 5 * MIN);
    expect(mageMovingAverage(t, t.map(() => 120))).toBeNull();
    expect(mageMovingAverage(t.slice(0, 20), t.slice(0, 20).map((_, i) => (i % 2 ? 80 : 200)))).toBeNull();
  });

  it('splits the trace at a gap longer than 3 hours and weights each part by its length', () => {
    // Part A: 2 days swinging ±50 (MAGE 100); a 6-hour gap; part B: 1 day swinging ±25 (MAGE about 50).
    const t: number[] = [];
    const v: number[] = [];
    for (let i = 0; i < 576; i++) {
      t.push(T0 + i * 5 * MIN);
      v.push(150 + 50 * Math.sin((2 * Math.PI * i * 5) / 240));
    }
    const bStart = t[t.length - 1]! + 6 * 60 * MIN;
    for (let i = 0; i < 288; i++) {
      t.push(bStart + i * 5 * MIN);
      v.push(150 + 25 * Math.sin((2 * Math.PI * i * 5) / 240));
    }
    const a = mageMovingAverage(t.slice(0, 576), v.slice(0, 576))!;
    const b = mageMovingAverage(t.slice(576), v.slice(576))!;
    expect(a).toBeCloseTo(100, 0);
    // Part B begins mid-rise (150 → 175): that partial first rise, 25 mg/dL, is above 1 SD
    // (≈ 18) and counts, so B's MAGE is a little under 50.
    expect(b).toBeGreaterThan(45);
    expect(b).toBeLessThanOrEqual(50);
    // Weights: each part's length on the grid, 574 and 287 steps (the grid's points are
    // 00:05, 00:10, … after midnight, as iglu's, so part A's reading at 00:00 is not on it).
    expect(mageMovingAverage(t, v)).toBeCloseTo((a * 574 + b * 287) / (574 + 287), 6);
  });
});
