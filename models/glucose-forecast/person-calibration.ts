/**
 * Per-person calibration of forecast v2 (PROTOCOL-v2.md, "Per-person calibration"): per
 * horizon, a bias and scale of the forecast change and a scale of its interval, fitted on the
 * person's older scored forecasts and kept only if it lowers their error on their most recent
 * week, which it was not fitted on. Pure arithmetic: the app (core/diabetes/forecast-calibration.ts)
 * and the evaluation (eval-v2.ts) share it.
 */

/** One past forecast whose outcome is known; changes are from the newest reading, mg/dL. */
export interface ScoredForecast {
  /** Forecast time, minutes since the epoch. */
  t: number;
  /** Horizon index: 0 is 5 minutes after the newest reading, 5 is 30, 11 is 60. */
  h: number;
  lo: number;
  mid: number;
  hi: number;
  actual: number;
}

export interface Calibration {
  /** Per horizon index: corrected change = a + s · change; interval distances × k. */
  a: number[];
  s: number[];
  k: number[];
}

export const DAY_MIN = 24 * 60;
/** Days of the person's own data before calibration is tried. */
export const MIN_SPAN_DAYS = 14;
export const CHECK_DAYS = 7;
/** Older data used for the fit, before the check week. */
export const FIT_DAYS = 56;
const MIN_ROWS = 30;
const H30 = 5;
const H60 = 11;

export function identity(horizons: number): Calibration {
  return { a: new Array<number>(horizons).fill(0), s: new Array<number>(horizons).fill(1), k: new Array<number>(horizons).fill(1) };
}

/** [lo, mid, hi] change after calibration at horizon index h. */
export function applyCalibration(c: Calibration, h: number, [lo, mid, hi]: readonly [number, number, number]): [number, number, number] {
  const a = c.a[h] ?? 0;
  const s = c.s[h] ?? 1;
  const k = c.k[h] ?? 1;
  const m = a + s * mid;
  return [m - k * (mid - lo), m, m + k * (hi - mid)];
}

/** Per horizon least-squares bias and scale (clamped), and the interval scale reaching 80 % coverage. */
export function fitCalibration(rows: readonly ScoredForecast[], horizons: number): Calibration {
  const c = identity(horizons);
  for (let h = 0; h < horizons; h++) {
    const r = rows.filter((x) => x.h === h);
    if (r.length < MIN_ROWS) continue;
    const n = r.length;
    const mx = r.reduce((s, x) => s + x.mid, 0) / n;
    const my = r.reduce((s, x) => s + x.actual, 0) / n;
    const sxx = r.reduce((s, x) => s + (x.mid - mx) ** 2, 0);
    const sxy = r.reduce((s, x) => s + (x.mid - mx) * (x.actual - my), 0);
    const s = Math.min(1.5, Math.max(0.5, sxx > 0 ? sxy / sxx : 1));
    const a = Math.min(30, Math.max(-30, my - s * mx));
    c.a[h] = a;
    c.s[h] = s;
    // Smallest k on a 0.05 grid whose corrected interval holds 80 % of these outcomes.
    let k = 3;
    for (let step = 10; step <= 60; step++) {
      const kk = step / 20;
      const cov = r.filter((x) => {
        const m = a + s * x.mid;
        return x.actual >= m - kk * (x.mid - x.lo) && x.actual <= m + kk * (x.hi - x.mid);
      }).length / n;
      if (cov >= 0.8) {
        k = kk;
        break;
      }
    }
    c.k[h] = k;
  }
  return c;
}

/** RMSE (mg/dL) at horizon index h over rows, calibrated by `c` (or raw when null); null without rows. */
export function rmseAt(rows: readonly ScoredForecast[], h: number, c: Calibration | null): number | null {
  let se = 0;
  let n = 0;
  for (const x of rows) {
    if (x.h !== h) continue;
    const m = c ? applyCalibration(c, h, [x.lo, x.mid, x.hi])[1] : x.mid;
    se += (m - x.actual) ** 2;
    n++;
  }
  return n ? Math.sqrt(se / n) : null;
}

export interface CalibrationAttempt {
  /** Whether it is kept: it lowered the mean of the 30- and 60-minute squared errors on the check week. */
  kept: boolean;
  reason: string;
  calibration: Calibration | null;
  /** 30- and 60-minute RMSE on the check week, without and with it. */
  before: { rmse_30: number | null; rmse_60: number | null };
  after: { rmse_30: number | null; rmse_60: number | null };
  fit_rows: number;
  check_rows: number;
}

/**
 * Tries a calibration at `now` (minutes) from the person's scored forecasts. `firstReading`:
 * their first stored reading (minutes), for the 14-day rule. Rows are split by what is known
 * by `now`: the fit uses forecasts whose outcome came before the check week began; the check
 * uses forecasts made within the last 7 days whose outcome is known.
 */
export function attemptCalibration(rows: readonly ScoredForecast[], firstReading: number, now: number, horizons: number, stepMin = 5): CalibrationAttempt {
  const checkFrom = now - CHECK_DAYS * DAY_MIN;
  const fit = rows.filter((x) => x.t >= checkFrom - FIT_DAYS * DAY_MIN && x.t + (x.h + 1) * stepMin <= checkFrom);
  const check = rows.filter((x) => x.t >= checkFrom && x.t + (x.h + 1) * stepMin <= now);
  const none = { rmse_30: null, rmse_60: null };
  const base = { fit_rows: fit.length, check_rows: check.length };
  if (now - firstReading < MIN_SPAN_DAYS * DAY_MIN) return { kept: false, reason: `needs ${MIN_SPAN_DAYS} days of readings`, calibration: null, before: none, after: none, ...base };
  const before = { rmse_30: rmseAt(check, H30, null), rmse_60: rmseAt(check, H60, null) };
  if (before.rmse_30 === null || before.rmse_60 === null || fit.filter((x) => x.h === H30).length < MIN_ROWS) {
    return { kept: false, reason: 'not enough forecasts with a known outcome in the older data or the most recent week', calibration: null, before, after: none, ...base };
  }
  const c = fitCalibration(fit, horizons);
  const after = { rmse_30: rmseAt(check, H30, c), rmse_60: rmseAt(check, H60, c) };
  const mse = (r: { rmse_30: number | null; rmse_60: number | null }) => (r.rmse_30! ** 2 + r.rmse_60! ** 2) / 2;
  const kept = mse(after) < mse(before);
  return { kept, reason: kept ? 'lowered the error on the most recent week' : 'did not lower the error on the most recent week', calibration: c, before, after, ...base };
}
