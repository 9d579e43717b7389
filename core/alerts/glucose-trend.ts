/**
 * The short-horizon glucose forecast behind "low soon" and "urgent low soon": a robust
 * straight line through the last 20–30 minutes of CGM readings, extrapolated a few
 * minutes ahead, with an 80 % prediction band. Deliberately simple and explainable (the
 * alert states its inputs): it is a trend, not a physiological model, and it is only
 * used for horizons of 30 minutes or less, where a CGM's own "trend arrow" (a linear
 * rate over 15 minutes) is what manufacturers use too.
 *
 * - Slope: the Theil–Sen estimator (median of pairwise slopes; Sen 1968, JASA 63:1379),
 *   so one compression artefact or calibration jump cannot swing it.
 * - Level: the latest reading itself (what the CGM shows), as a CGM's own projection
 *   does ("current value + rate × minutes"). A robust intercept would treat a sudden real
 *   drop as an outlier and forecast from a level the person is no longer at.
 * - Spread σ: 1.4826·MAD of the residuals (the normal-consistent MAD).
 * - Band at h minutes: `ŷ(h) ± z·sqrt(σ²·(1 + 1/n + (h − t̄)² / Sxx) + (κ·h)²)` with t in
 *   minutes relative to `at` and `z = 1.2816` for 80 % (two-sided). The first term is the
 *   ordinary least-squares prediction interval (e.g. Montgomery, Peck & Vining,
 *   "Introduction to Linear Regression Analysis", §2.4.2) with σ replaced by the robust
 *   spread: it knows only the sensor's scatter about the line. The second is how far real
 *   glucose drifts from a straight line as the horizon grows, κ mg/dL per minute,
 *   calibrated on training people and simulations (TREND-BAND.md); without it the band
 *   covered 44 % of readings at 30 minutes, not 80 %.
 * - Guards: at least 3 readings spanning ≥ 10 minutes, none older than the window; the
 *   slope is clamped to ±6 mg/dL/min (beyond physiology: a sensor fault, not a trend),
 *   and points are clamped to the 40–400 mg/dL range a CGM reports.
 */
export interface TrendPoint {
  /** Epoch ms. */
  t: number;
  /** mg/dL */
  mg_dl: number;
  /** 80 % band, mg/dL. */
  lo: number;
  hi: number;
}

export interface GlucoseTrend {
  /** Epoch ms the forecast is made at (no reading after it was used). */
  at: number;
  /** Level at `at` on the trend line through the latest reading, mg/dL. */
  level: number;
  /** mg/dL per minute (negative: falling). */
  slope: number;
  /** Robust residual spread, mg/dL. */
  sigma: number;
  /** Readings used. */
  n: number;
  /** Minutes of data used (first to last reading). */
  span_min: number;
  /** Mean time of the readings used (minutes relative to `at`, ≤ 0) and their Σ(t − t̄)²: the band needs them. */
  xbar: number;
  sxx: number;
  points: TrendPoint[];
}

export interface TrendOptions {
  /** Minutes of history used (default 25). */
  windowMin?: number;
  /** Minutes ahead (default 30). */
  horizonMin?: number;
  /** Minutes between points (default 5, contract section 4). */
  stepMin?: number;
  /** The drift term κ, mg/dL per minute of horizon (default DRIFT_MG_DL_PER_MIN); the calibration varies it. */
  driftPerMin?: number;
}

/** κ of the band, from trend-calibration.ts on training data (TREND-BAND.md). */
export const DRIFT_MG_DL_PER_MIN = 0.91;

const MIN = 60_000;
const Z80 = 1.2815515655446004;
const MAX_SLOPE = 6;
const CGM_LO = 40;
const CGM_HI = 400;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Fits the trend to readings `{t (epoch ms), value (mg/dL)}` stamped in (at − window, at]; null when there are too few. */
export function glucoseTrend(readings: ReadonlyArray<{ t: number; value: number }>, at: number, opts: TrendOptions = {}): GlucoseTrend | null {
  const windowMin = opts.windowMin ?? 25;
  const horizonMin = opts.horizonMin ?? 30;
  const stepMin = opts.stepMin ?? 5;
  const drift = opts.driftPerMin ?? DRIFT_MG_DL_PER_MIN;
  const use = readings.filter((r) => r.t <= at && r.t > at - windowMin * MIN && Number.isFinite(r.value));
  if (use.length < 3) return null;
  const x = use.map((r) => (r.t - at) / MIN);
  const y = use.map((r) => r.value);
  const span = Math.max(...x) - Math.min(...x);
  if (span < 10) return null;
  const slopes: number[] = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) if (x[j] !== x[i]) slopes.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
  }
  if (!slopes.length) return null;
  const slope = clamp(median(slopes), -MAX_SLOPE, MAX_SLOPE);
  let last = 0;
  for (let i = 1; i < x.length; i++) if (x[i]! > x[last]!) last = i;
  const level = y[last]! - slope * x[last]!;
  const resid = y.map((v, i) => v - (level + slope * x[i]!));
  const mad = median(resid.map((r) => Math.abs(r - median(resid))));
  // A perfectly straight series has MAD 0; a CGM is never better than ~2 mg/dL (ISO 15197 scale), so floor it.
  const sigma = Math.max(1.4826 * mad, 2);
  const n = x.length;
  const xbar = x.reduce((a, b) => a + b, 0) / n;
  const sxx = x.reduce((a, b) => a + (b - xbar) ** 2, 0);
  const fit = { level, slope, sigma, n, xbar, sxx };
  const points: TrendPoint[] = [];
  for (let h = stepMin; h <= horizonMin + 1e-9; h += stepMin) {
    const b = bandAt(fit, h, drift);
    points.push({ t: at + h * MIN, mg_dl: round1(b.mid), lo: round1(b.lo), hi: round1(b.hi) });
  }
  return { at, level: round1(level), slope: Math.round(slope * 100) / 100, sigma: round1(sigma), n, span_min: Math.round(span * 10) / 10, xbar, sxx, points };
}

/**
 * The line and its 80 % band `h` minutes after `at` (module comment), clamped to what a
 * CGM reports; unrounded. Shared by glucoseTrend and the band's calibration.
 */
export function bandAt(fit: { level: number; slope: number; sigma: number; n: number; xbar: number; sxx: number }, h: number, drift: number): { mid: number; lo: number; hi: number } {
  const mid = fit.level + fit.slope * h;
  const half = Z80 * Math.sqrt(fit.sigma ** 2 * (1 + 1 / fit.n + (h - fit.xbar) ** 2 / fit.sxx) + (drift * h) ** 2);
  return { mid: clamp(mid, CGM_LO, CGM_HI), lo: clamp(mid - half, CGM_LO, CGM_HI), hi: clamp(mid + half, CGM_LO, CGM_HI) };
}

/**
 * Minutes from `trend.at` until the central forecast first reaches `limit` (mg/dL) or
 * below, within `horizonMin`; 0 if the level already is; null if it does not. Solved
 * exactly on the line, not on the 5-minute points.
 */
export function minutesToLow(trend: GlucoseTrend, limit: number, horizonMin: number): number | null {
  if (trend.level <= limit) return 0;
  if (trend.slope >= 0) return null;
  const m = (limit - trend.level) / trend.slope;
  return m <= horizonMin ? Math.round(m * 10) / 10 : null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
