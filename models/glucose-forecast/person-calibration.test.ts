import { describe, expect, it } from 'vitest';
import { DAY_MIN, applyCalibration, attemptCalibration, fitCalibration, type ScoredForecast } from './person-calibration';

/** Seeded so the rows are the same every run (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Scored forecasts every 15 minutes over `days`, at horizons 30 and 60 min (indices 5, 11):
 * the outcome is `actual(mid, t)` plus noise; the model's band is ±10 mg/dL around its median.
 */
function rows(days: number, actual: (mid: number, t: number) => number, seed = 1): ScoredForecast[] {
  const r = rng(seed);
  const out: ScoredForecast[] = [];
  for (let t = 0; t < days * DAY_MIN; t += 15) {
    for (const h of [5, 11]) {
      const mid = (r() - 0.5) * 80;
      out.push({ t, h, lo: mid - 10, mid, hi: mid + 10, actual: actual(mid, t) + (r() - 0.5) * 8 });
    }
  }
  return out;
}

describe('per-person forecast calibration', () => {
  it('learns a person’s bias and scale and widens a band that was too narrow for them', () => {
    const c = fitCalibration(rows(14, (m) => 1.3 * m + 8), 27);
    expect(c.s[5]).toBeCloseTo(1.3, 1);
    expect(c.a[5]).toBeCloseTo(8, 0);
    // Uncalibrated horizons (no rows) stay as the model made them.
    expect(applyCalibration(c, 0, [-10, 0, 10])).toEqual([-10, 0, 10]);
    const [lo, mid, hi] = applyCalibration(c, 5, [10, 20, 30]);
    expect(mid).toBeCloseTo(c.a[5]! + c.s[5]! * 20, 9);
    expect(hi - mid).toBeCloseTo(10 * c.k[5]!, 9);
    expect(mid - lo).toBeCloseTo(10 * c.k[5]!, 9);
  });

  it('is kept when it lowers the error on the most recent week, which it was not fitted on', () => {
    const a = attemptCalibration(rows(21, (m) => 1.3 * m + 8), 0, 21 * DAY_MIN, 27);
    expect(a.kept).toBe(true);
    expect(a.after.rmse_30!).toBeLessThan(a.before.rmse_30!);
    // Fitted on days 0–14 only: the check week's rows were not in the fit.
    expect(a.fit_rows).toBeLessThan(rows(14, (m) => m).length + 1);
    expect(a.check_rows).toBeGreaterThan(0);
  });

  it('is not kept when the person changed in the most recent week, so the older fit no longer helps', () => {
    // Older weeks ran high; the latest week the model is right.
    const a = attemptCalibration(rows(21, (m, t) => (t < 14 * DAY_MIN ? m + 25 : m)), 0, 21 * DAY_MIN, 27);
    expect(a.kept).toBe(false);
    expect(a.reason).toMatch(/did not lower the error/);
    expect(a.after.rmse_30!).toBeGreaterThan(a.before.rmse_30!);
  });

  it('is not tried before 14 days of the person’s own data', () => {
    const a = attemptCalibration(rows(13, (m) => m + 20), 0, 13 * DAY_MIN, 27);
    expect(a).toMatchObject({ kept: false, reason: 'needs 14 days of readings', calibration: null });
  });
});
