import { describe, expect, it } from 'vitest';
import { cohortDay, createCohort } from '../../native/lab/motion/cohort';
import { minuteTruth, planMotion } from '../../native/lab/motion/plan';
import type { MinutePoint } from './medication';
import { dailySummary, normalQuantile, pairwiseSlopes, senInterval, theilSen, tQuantile, tremorOutlook, tremorTrend } from './progression';
import type { DailyTremor } from './progression';

describe('Theil–Sen', () => {
  it('ignores one wild point: slope 1, intercept 0 for y = x with y(4) = 100', () => {
    // Pairwise slopes: six 1s, then 25 (0→4), 33 (1→4), 49 (2→4), 97 (3→4); median of ten = 1.
    const x = [0, 1, 2, 3, 4];
    const y = [0, 1, 2, 3, 100];
    expect(pairwiseSlopes(x, y)).toEqual([1, 1, 1, 1, 1, 1, 25, 33, 49, 97]);
    expect(theilSen(x, y)).toEqual({ slope: 1, intercept: 0 });
  });

  it("gives Sen's 95 % interval from ranks M1 and M2+1 (worked by hand for n = 5)", () => {
    // Var(S) = 5·4·15/18 = 16.67, C = 1.96·4.08 = 8.0, N = 10: M1 = 1, M2 + 1 = 10.
    expect(senInterval([0, 1, 2, 3, 4], [0, 1, 2, 3, 100])).toEqual({ low: 1, high: 97 });
  });

  it('has a normal quantile that matches known values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });
});

const day = (d: number, v: number): DailyTremor => ({ date: `2026-02-${String(d + 1).padStart(2, '0')}`, day: 20_485 + d, minutes: 600, tremor_percent: v, magnitude: 0.5, load: v / 200 });

describe('tremorTrend', () => {
  it('says worse when tremor rises steadily, with the slope per week', () => {
    // 1 %-point a day plus a ±2 zig-zag: every pairwise slope over ≥ 4 days is positive.
    const days = Array.from({ length: 21 }, (_, d) => day(d, 20 + d + (d % 2 ? 2 : -2)));
    const t = tremorTrend(days);
    expect(t.direction).toBe('worse');
    expect(t.slope_per_week).toBeCloseTo(7, 0);
    expect(t.ci_low).toBeGreaterThan(0);
  });

  it('says no clear change for a flat series and insufficient data for a few days', () => {
    const flat = Array.from({ length: 21 }, (_, d) => day(d, 30 + ((d * 7) % 5) - 2));
    expect(tremorTrend(flat).direction).toBe('no clear change');
    expect(tremorTrend(flat.slice(0, 4)).direction).toBe('insufficient data');
  });

  it('dailySummary groups minutes by local date and leaves out active minutes', () => {
    const t0 = Date.UTC(2026, 1, 1, 22, 0); // 22:00 UTC = 00:00 next day at UTC+2
    const pts: MinutePoint[] = Array.from({ length: 240 }, (_, m) => ({ t: t0 + m * 60_000, tremor_percent: m < 120 ? 10 : 50, magnitude: 1, active_percent: m % 4 === 0 ? 100 : 0 }));
    const utc = dailySummary(pts, { minMinutes: 1 });
    expect(utc.map((d) => [d.date, d.minutes])).toEqual([['2026-02-01', 90], ['2026-02-02', 90]]);
    const local = dailySummary(pts, { utcOffsetMin: 120, minMinutes: 1 });
    expect(local.map((d) => d.date)).toEqual(['2026-02-02']);
    expect(local[0].tremor_percent).toBeCloseTo(30, 9);
  });

  it('tells a worsening cohort member from a stable one over eight simulated weeks', () => {
    const cohort = createCohort({ seed: 31, size: 12 });
    const worsening = cohort.find((m) => m.severityPerWeek > 0);
    const stable = cohort.find((m) => m.severityPerWeek === 0);
    expect(worsening && stable).toBeTruthy();
    const trendOf = (m: NonNullable<typeof worsening>) => {
      const pts: MinutePoint[] = [];
      for (let d = 0; d < 56; d++) {
        const plan = planMotion(cohortDay(m, d));
        for (const mt of minuteTruth(plan)) {
          if (mt.activity === 'sleep') continue;
          pts.push({ t: plan.startMs + mt.minute * 60_000, tremor_percent: 100 * mt.tremorFraction, magnitude: mt.tremorRms, active_percent: (100 * (60 - mt.activitySeconds.rest)) / 60 });
        }
      }
      return tremorTrend(dailySummary(pts));
    };
    expect(trendOf(worsening!).direction).toBe('worse');
    expect(trendOf(stable!).direction).toBe('no clear change');
  });
});

describe('the 4-week outlook', () => {
  it("has Student's t quantiles within 0.01 of the tables", () => {
    // t(0.975) for df 5, 10, 30 (Abramowitz & Stegun table 26.10).
    expect(Math.abs(tQuantile(0.975, 5) - 2.571)).toBeLessThan(0.01);
    expect(Math.abs(tQuantile(0.975, 10) - 2.228)).toBeLessThan(0.01);
    expect(Math.abs(tQuantile(0.975, 30) - 2.042)).toBeLessThan(0.01);
  });

  it('is slope × 28 days, with an interval from the residuals worked by hand', () => {
    // y = 2x ± 1 alternately over x = 0..6: residuals ±1, robust s = 1.4826, x̄ = 3, Sxx = 28;
    // x₀ = 34: half-width = t(0.975, 5) · 1.4826 · √(1 + 1/7 + 31²/28).
    const xs = [0, 1, 2, 3, 4, 5, 6];
    const y = xs.map((x) => 2 * x + (x % 2 ? 1 : -1));
    const o = tremorOutlook(xs, y, { slope: 2, intercept: 0 });
    const half = tQuantile(0.975, 5) * 1.4826 * Math.sqrt(1 + 1 / 7 + 31 ** 2 / 28);
    expect(o.expected_change).toBe(56);
    expect(o.low).toBeCloseTo(56 - half, 3);
    expect(o.high).toBeCloseTo(56 + half, 3);
    expect(o.horizon_days).toBe(28);
  });

  it('comes with a trend and not without one; a steady rise gives an interval above zero', () => {
    const rising = Array.from({ length: 28 }, (_, d) => day(d, 10 + 0.5 * d + (d % 3) * 0.2));
    const t = tremorTrend(rising);
    expect(t.outlook).not.toBeNull();
    expect(t.outlook!.expected_change).toBeCloseTo(14, 0);
    expect(t.outlook!.low).toBeGreaterThan(0);
    expect(t.outlook!.high).toBeGreaterThan(t.outlook!.expected_change);
    const few = tremorTrend(rising.slice(0, 3), { shortDays: 2 });
    expect(few).toMatchObject({ direction: 'insufficient data', outlook: null, days: 3, min_days: 7, min_minutes_per_day: 120, short_days: 2 });
  });
});
