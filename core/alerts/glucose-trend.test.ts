import { describe, expect, it } from 'vitest';
import { DRIFT_MG_DL_PER_MIN, glucoseTrend, minutesToLow } from './glucose-trend';

const MIN = 60_000;
const T0 = Date.UTC(2025, 5, 1, 12);
const line = (start: number, slope: number, n = 6, step = 5) => Array.from({ length: n }, (_, i) => ({ t: T0 - (n - 1 - i) * step * MIN, value: start + slope * (i - (n - 1)) * step }));

describe('glucoseTrend', () => {
  it('recovers the slope and level of a straight falling line exactly', () => {
    // 120 now, falling 2 mg/dL/min: readings 170, 160, …, 120 over 25 minutes (window is (at − 25, at]).
    const r = glucoseTrend(line(120, 2 * -1), T0)!;
    expect(r.slope).toBeCloseTo(-2, 6);
    expect(r.level).toBeCloseTo(120, 6);
    expect(r.points[0]!.mg_dl).toBeCloseTo(110, 6); // 5 minutes ahead
    expect(r.points.at(-1)!.mg_dl).toBeCloseTo(60, 6); // 30 minutes ahead
  });

  it('ignores one outlier that would swing a least-squares fit', () => {
    const pts = line(100, 0);
    pts[2] = { ...pts[2]!, value: 160 }; // a compression artefact
    const r = glucoseTrend(pts, T0)!;
    expect(r.slope).toBeCloseTo(0, 6);
    expect(r.level).toBeCloseTo(100, 6);
    // Ordinary least squares on the same window, worked by hand: x = −20, −15, −10, −5, 0
    // (the reading at −25 is outside (at − 25, at]), x̄ = −10, Sxx = 250; the +60 at
    // x = −15 gives slope 60·(−15 + 10)/250 = −1.2 mg/dL/min: a "falling" line from flat data.
    const x = [-20, -15, -10, -5, 0];
    const y = [100, 160, 100, 100, 100];
    const xb = x.reduce((a, b) => a + b) / 5;
    const yb = y.reduce((a, b) => a + b) / 5;
    const ols = x.reduce((a, xi, i) => a + (xi - xb) * (y[i]! - yb), 0) / x.reduce((a, xi) => a + (xi - xb) ** 2, 0);
    expect(ols).toBeCloseTo(-1.2, 6);
    expect(Math.abs(r.slope)).toBeLessThan(Math.abs(ols));
  });

  it('widens the 80 % band with the horizon and never inverts it', () => {
    const noisy = line(140, -1).map((p, i) => ({ ...p, value: p.value + [2, -3, 1, -1, 3, -2][i]! }));
    const r = glucoseTrend(noisy, T0)!;
    const widths = r.points.map((p) => p.hi - p.lo);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThanOrEqual(widths[i - 1]!);
    for (const p of r.points) expect(p.lo).toBeLessThanOrEqual(p.mg_dl);
  });

  it('adds to the fit’s own spread the drift of real glucose from a straight line, growing with the horizon', () => {
    // A noiseless line: the fit term alone would be the 2 mg/dL floor; the band is z·sqrt(fit² + (κ·h)²).
    const r = glucoseTrend(line(150, 0), T0, { horizonMin: 60 })!;
    const z = 1.2815515655446004;
    const fitVar = (h: number) => 4 * (1 + 1 / r.n + (h - r.xbar) ** 2 / r.sxx);
    for (const h of [5, 30, 60]) {
      const p = r.points[h / 5 - 1]!;
      expect(p.hi - p.mg_dl).toBeCloseTo(z * Math.sqrt(fitVar(h) + (DRIFT_MG_DL_PER_MIN * h) ** 2), 1);
    }
    // With κ = 0 it is the fit term alone (what the calibration compares against).
    const bare = glucoseTrend(line(150, 0), T0, { horizonMin: 30, driftPerMin: 0 })!;
    expect(bare.points[5]!.hi - 150).toBeCloseTo(z * Math.sqrt(fitVar(30)), 1);
    expect(DRIFT_MG_DL_PER_MIN).toBeGreaterThan(0);
  });

  it('refuses to forecast from fewer than 3 readings or less than 10 minutes of data', () => {
    expect(glucoseTrend(line(100, -1, 2), T0)).toBeNull();
    expect(glucoseTrend(line(100, -1, 3, 4), T0)).toBeNull(); // spans 8 minutes
  });

  it('uses no reading stamped after the forecast time', () => {
    const pts = [...line(120, -2), { t: T0 + 5 * MIN, value: 300 }];
    expect(glucoseTrend(pts, T0)!.slope).toBeCloseTo(-2, 6);
  });
});

describe('minutesToLow', () => {
  it('solves the crossing on the line: 90 falling 2/min reaches 54 in 18 min', () => {
    const r = glucoseTrend(line(90, -2), T0)!;
    expect(minutesToLow(r, 54, 20)).toBeCloseTo(18, 6);
    expect(minutesToLow(r, 54, 15)).toBeNull();
    expect(minutesToLow(glucoseTrend(line(90, 1), T0)!, 54, 60)).toBeNull();
  });
});

describe('glucoseTrend level', () => {
  it('starts from the latest reading, so a sudden real drop is not averaged away', () => {
    const pts = [100, 98, 97].map((v, i) => ({ t: T0 - (15 - i * 5) * MIN, value: v }));
    pts.push({ t: T0, value: 50 });
    const r = glucoseTrend(pts, T0)!;
    expect(r.level).toBe(50);
    expect(minutesToLow(r, 54, 20)).toBe(0);
  });
});
