/**
 * Tremor progression over weeks: a daily summary of the per-minute rows and a robust trend.
 *
 * Trend: the Theil–Sen slope (Theil 1950; Sen 1968, "Estimates of the regression
 * coefficient based on Kendall's tau", JASA 63) — the median of all pairwise slopes, so a
 * few odd days (a bad night, a missed dose) cannot swing it. Its interval is Sen's
 * distribution-free one from Kendall's S (as tabulated in Gilbert 1987, "Statistical
 * Methods for Environmental Pollution Monitoring", §16.5, and Hollander & Wolfe): with
 * N pairwise slopes sorted, C = z·√Var(S), the bounds are the ((N − C)/2)-th and the
 * ((N + C)/2 + 1)-th slopes. It assumes days are independent given the trend; strong
 * day-to-day dependence would make it too narrow.
 * "better"/"worse" are answered only when the interval excludes 0.
 */
import type { MinutePoint } from './medication';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** One day's tremor. */
export interface DailyTremor {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Days since 1970-01-01 in local time (x for the trend). */
  day: number;
  /** Minutes analysed (resting minutes when active_percent is known). */
  minutes: number;
  /** Mean tremor_percent over those minutes: percent of time with tremor, 0–100. */
  tremor_percent: number;
  /** Mean magnitude over minutes with tremor, m/s² (0 when none). */
  magnitude: number;
  /** Mean tremor load (tremor_percent/100 × magnitude) over the minutes, m/s². */
  load: number;
}

export type TrendMetric = 'tremor_percent' | 'magnitude' | 'load';
export type TrendDirection = 'better' | 'worse' | 'no clear change' | 'insufficient data';

/**
 * The expected change over the next weeks, extrapolated from the trend: a statistical
 * extrapolation of this person's recent days, not a clinical prediction (README "Outlook").
 */
export interface TremorOutlook {
  /** Days ahead of the last day counted. */
  horizon_days: number;
  /** Slope × horizon: the fitted change from the last day's fitted level, metric units. */
  expected_change: number;
  /** Prediction interval of the change at `level`, for one day's value `horizon_days` ahead. */
  low: number;
  high: number;
  level: number;
}

export interface TremorTrend {
  metric: TrendMetric;
  days: number;
  /** Days needed for a trend. */
  min_days: number;
  /** Minutes of wear a day needs to count. */
  min_minutes_per_day: number;
  /** Days with some wear but under `min_minutes_per_day` (not counted). */
  short_days: number;
  first_date: string | null;
  last_date: string | null;
  /** Theil–Sen slope, metric units per week. */
  slope_per_week: number;
  /** Interval of the slope per week at `level`. */
  ci_low: number;
  ci_high: number;
  level: number;
  /** Fitted value at the first day. */
  intercept: number;
  direction: TrendDirection;
  /** The next 4 weeks, or null without a trend. */
  outlook: TremorOutlook | null;
  daily: DailyTremor[];
}

/**
 * Daily summaries of per-minute points. Days follow the local clock: `offsetMinAt(t)`, the
 * offset in force at each minute (a zone's, so a local day runs midnight to midnight across
 * a daylight-saving change), else the fixed `utcOffsetMin`; a day needs `minMinutes` minutes (default 120) to count. Minutes more
 * than half active (voluntary movement) are left out when active_percent is given.
 */
export function dailySummary(points: readonly MinutePoint[], opts: { utcOffsetMin?: number; offsetMinAt?: (t: number) => number; minMinutes?: number } = {}): DailyTremor[] {
  const fixed = opts.utcOffsetMin ?? 0;
  const offsetAt = opts.offsetMinAt ?? (() => fixed);
  const minMinutes = opts.minMinutes ?? 120;
  const acc = new Map<number, { n: number; tp: number; magSum: number; magN: number; load: number }>();
  for (const p of points) {
    if (p.active_percent !== undefined && p.active_percent > 50) continue;
    if (!Number.isFinite(p.tremor_percent) || !Number.isFinite(p.magnitude)) continue;
    const day = Math.floor((p.t + offsetAt(p.t) * MINUTE) / DAY);
    const a = acc.get(day) ?? { n: 0, tp: 0, magSum: 0, magN: 0, load: 0 };
    a.n++;
    a.tp += p.tremor_percent;
    a.load += (p.tremor_percent / 100) * p.magnitude;
    if (p.tremor_percent > 0) {
      a.magSum += p.magnitude;
      a.magN++;
    }
    acc.set(day, a);
  }
  return [...acc.entries()]
    .filter(([, a]) => a.n >= minMinutes)
    .sort((u, v) => u[0] - v[0])
    .map(([day, a]) => ({
      date: new Date(day * DAY).toISOString().slice(0, 10),
      day,
      minutes: a.n,
      tremor_percent: a.tp / a.n,
      magnitude: a.magN > 0 ? a.magSum / a.magN : 0,
      load: a.load / a.n,
    }));
}

/** Theil–Sen estimate: median pairwise slope, intercept = median of y − slope·x. */
export function theilSen(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  if (x.length !== y.length) throw new RangeError('x and y must have the same length');
  const slopes = pairwiseSlopes(x, y);
  if (slopes.length === 0) throw new RangeError('need at least two distinct x values');
  const slope = medianOf(slopes);
  const intercept = medianOf(x.map((xi, i) => y[i] - slope * xi));
  return { slope, intercept };
}

/** All slopes (y_j − y_i)/(x_j − x_i) for i < j with x_i ≠ x_j, sorted ascending. */
export function pairwiseSlopes(x: readonly number[], y: readonly number[]): number[] {
  const s: number[] = [];
  for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) if (x[j] !== x[i]) s.push((y[j] - y[i]) / (x[j] - x[i]));
  return s.sort((a, b) => a - b);
}

function medianOf(v: readonly number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9 after refinement). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('p must be in (0, 1)');
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  let q: number;
  if (p < lo) {
    const r = Math.sqrt(-2 * Math.log(p));
    q = (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
  } else if (p > 1 - lo) {
    const r = Math.sqrt(-2 * Math.log(1 - p));
    q = -(((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
  } else {
    const r = p - 0.5;
    const r2 = r * r;
    q = ((((((a[0] * r2 + a[1]) * r2 + a[2]) * r2 + a[3]) * r2 + a[4]) * r2 + a[5]) * r) / (((((b[0] * r2 + b[1]) * r2 + b[2]) * r2 + b[3]) * r2 + b[4]) * r2 + 1);
  }
  return q;
}

/**
 * Sen's interval for the Theil–Sen slope at `level` (Gilbert 1987 §16.5): Var(S) =
 * [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over groups of tied y (x assumed distinct),
 * C = z_(1−α/2)·√Var(S), M1 = (N − C)/2, M2 = (N + C)/2; bounds are the M1-th and
 * (M2+1)-th of the N sorted slopes (1-based, rounded to the nearest rank and clamped).
 */
export function senInterval(x: readonly number[], y: readonly number[], level = 0.95): { low: number; high: number } {
  const slopes = pairwiseSlopes(x, y);
  const N = slopes.length;
  const n = x.length;
  if (N === 0) throw new RangeError('need at least two distinct x values');
  const ties = new Map<number, number>();
  for (const v of y) ties.set(v, (ties.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const C = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(varS);
  const m1 = Math.round((N - C) / 2);
  const m2 = Math.round((N + C) / 2) + 1;
  const at = (rank: number): number => slopes[Math.min(N, Math.max(1, rank)) - 1];
  return { low: at(m1), high: at(m2) };
}

/**
 * Student's t quantile with `df` degrees of freedom, by the Cornish–Fisher expansion around
 * the normal quantile (Abramowitz & Stegun 26.7.5); within 0.01 of the exact value for
 * df ≥ 4 at the levels used here.
 */
export function tQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/**
 * The expected change `horizon` days after the last day: slope × horizon, with a prediction
 * interval for one day's value then, from the fit's residuals. The residual scale is robust
 * (1.4826 × the median absolute residual, so an odd day does not widen it; the classical
 * residual standard deviation where more than half the days sit exactly on the line), and the interval
 * is the regression prediction interval (e.g. Montgomery, Peck & Vining, "Introduction to
 * Linear Regression Analysis", §2.5): ± t(n−2) · s · √(1 + 1/n + (x₀ − x̄)²/Sxx) at
 * x₀ = last day + horizon. It assumes the straight line goes on and that days scatter
 * independently around it; neither is known to hold a month ahead.
 */
export function tremorOutlook(xs: readonly number[], y: readonly number[], fit: { slope: number; intercept: number }, opts: { horizon?: number; level?: number } = {}): TremorOutlook {
  const horizon = opts.horizon ?? 28;
  const level = opts.level ?? 0.95;
  const n = xs.length;
  const residuals = xs.map((x, i) => y[i]! - (fit.intercept + fit.slope * x));
  // The Theil–Sen intercept already centres the residuals on zero (it is their median).
  const robust = 1.4826 * medianOf(residuals.map((r) => Math.abs(r)));
  const s = robust > 0 ? robust : Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / Math.max(1, n - 2));
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
  const x0 = xs[n - 1]! + horizon;
  const half = tQuantile(1 - (1 - level) / 2, Math.max(1, n - 2)) * s * Math.sqrt(1 + 1 / n + (x0 - mean) ** 2 / sxx);
  const change = fit.slope * horizon;
  const r = (v: number): number => Math.round(v * 1e4) / 1e4;
  return { horizon_days: horizon, expected_change: r(change), low: r(change - half), high: r(change + half), level };
}

/**
 * The trend over days of one metric (default tremor_percent), per week, and the outlook
 * for the next 4 weeks. Needs `minDays` days (default 7) or answers "insufficient data";
 * `shortDays` (days worn too briefly to count) is passed through so the screen can say why.
 * Higher tremor is worse.
 */
export function tremorTrend(daily: readonly DailyTremor[], opts: { metric?: TrendMetric; level?: number; minDays?: number; minMinutes?: number; shortDays?: number } = {}): TremorTrend {
  const metric = opts.metric ?? 'tremor_percent';
  const level = opts.level ?? 0.95;
  const minDays = Math.max(2, opts.minDays ?? 7);
  const x = daily.map((d) => d.day);
  const y = daily.map((d) => d[metric]);
  const base = {
    metric, days: daily.length, min_days: minDays, min_minutes_per_day: opts.minMinutes ?? 120, short_days: opts.shortDays ?? 0, level, daily: [...daily],
    first_date: daily[0]?.date ?? null, last_date: daily.at(-1)?.date ?? null,
  };
  if (daily.length < minDays) {
    return { ...base, slope_per_week: 0, ci_low: 0, ci_high: 0, intercept: y[0] ?? 0, direction: 'insufficient data', outlook: null };
  }
  const x0 = x[0];
  const xs = x.map((v) => v - x0);
  const { slope, intercept } = theilSen(xs, y);
  const { low, high } = senInterval(xs, y, level);
  const direction: TrendDirection = low > 0 ? 'worse' : high < 0 ? 'better' : 'no clear change';
  const r = (v: number): number => Math.round(v * 1e4) / 1e4;
  const outlook = tremorOutlook(xs, y, { slope, intercept }, { level });
  return { ...base, slope_per_week: r(slope * 7), ci_low: r(low * 7), ci_high: r(high * 7), intercept: r(intercept), direction, outlook };
}
