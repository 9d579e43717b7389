import { glucoseTrend } from '../alerts/forecast';
import type { Core } from '../core-types';
import type { CallContext } from '../context';
import type { Forecast } from '../../api/dosing';
import { logger } from '../logger';
import { HISTORY, HORIZONS, STEP_MIN, features, gridBefore, predictChanges, quantilesAt } from '../../models/glucose-forecast/forecast-model';

const MIN = 60_000;
const log = logger('forecast');
/** A reading older than this is not "current": no model forecast or trend from it (the dashboard's rule). */
export const CURRENT_MIN = 15;
const MODEL_REACH_MIN = HORIZONS * STEP_MIN;
const clamp = (v: number) => Math.min(400, Math.max(40, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

export type ForecastMethod = 'auto' | 'model' | 'trend';

const NOTE = 'A suggestion from recent readings, not a prescription. Check with a meter before acting.';
const TREND_METHOD = 'robust linear trend (Theil–Sen) over the last 25 min, 80 % prediction interval';
const MODEL_METHOD =
  'forecast model (models/glucose-forecast: 60 min of CGM, no meals or insulin; on held-out people RMSE 14 mg/dL at 30 min and 24 at 60; its 80 % interval, widened for type 1 dynamics, held 80 % at 30 and 60 min on simulated type 1 patients and 87–89 % on the held-out people)';

/**
 * A glucose forecast at `at` from readings stamped ≤ `at` only: contract section 4, plus
 * what a forecast must say about itself (architecture: Safety; the shape is `Forecast` in
 * api/dosing.ts).
 *
 * `auto` (the default) uses the forecast model (models/glucose-forecast/MODEL.md: on
 * held-out people it beat the trend line at 30 and 60 minutes, with an honest 80 %
 * interval) whenever it can: the newest reading at most 15 minutes old, an hour of
 * history without a gap over 15 minutes, and the horizon within its reach. Otherwise,
 * and with `trend`, the robust trend line of core/alerts/forecast.ts (Theil–Sen slope
 * through the last 25 minutes), its band calibrated to how far glucose drifts from a
 * line (core/alerts/TREND-BAND.md). If the model itself cannot run (its file missing or
 * damaged in an install), `auto` still answers with the trend line and says why: a
 * forecast screen must not go blank over it. Either way it is a suggestion, never a
 * prescription.
 */
export async function forecastAt(core: Core, ctx: CallContext, subjectId: string, at: number, horizonMin: number, method: ForecastMethod = 'auto'): Promise<Forecast> {
  core.access.require(ctx, subjectId, 'read');
  return forecastFrom(forecastReadings(core, subjectId, at), at, horizonMin, method);
}

/** The glucose readings stamped ≤ `at` that either method may use (the model's hour, after a reading up to 15 minutes old), oldest first. */
export function forecastReadings(core: Core, subjectId: string, at: number): Array<{ t: number; value: number }> {
  const span = (HISTORY - 1) * STEP_MIN + CURRENT_MIN + 15;
  const { t, v } = core.observations.series(subjectId, 'glucose', at - span * MIN, at + 1);
  return Array.from(t, (tt, i) => ({ t: tt, value: v[i]! }));
}

/** forecastAt's answer from readings already read (forecastReadings). */
export async function forecastFrom(readings: ReadonlyArray<{ t: number; value: number }>, at: number, horizonMin: number, method: ForecastMethod = 'auto'): Promise<Forecast> {
  const trend = glucoseTrend(readings, at, { horizonMin, stepMin: 5 });
  const base: { at: string; horizon_min: number; note: string; model_error?: string } = { at: new Date(at).toISOString(), horizon_min: horizonMin, note: NOTE };

  let modelError: string | undefined;
  if (method !== 'trend') {
    let model: Awaited<ReturnType<typeof modelForecast>> = null;
    try {
      model = await modelForecast(readings, at, horizonMin);
    } catch (e) {
      if (method === 'model') throw e;
      modelError = `the forecast model could not run (${(e as Error).message}), so this is the trend line`;
      log.error('forecast model failed; answering with the trend line', { error: (e as Error).message });
    }
    if (model) {
      return {
        ...base,
        source: 'model',
        method: MODEL_METHOD,
        points: model.points,
        inputs: { readings: model.readings, span_min: (HISTORY - 1) * STEP_MIN, level_mg_dl: model.level, slope_mg_dl_per_min: trend?.slope ?? null, sigma_mg_dl: null },
      };
    }
    if (method === 'model') {
      return { ...base, source: 'model', method: MODEL_METHOD, points: [], inputs: { readings: readings.length, span_min: 0, level_mg_dl: null, slope_mg_dl_per_min: null, sigma_mg_dl: null },
        reason: `the model needs the newest reading at most ${CURRENT_MIN} minutes old, an hour of readings with no gap over 15 minutes, and a horizon within ${MODEL_REACH_MIN - CURRENT_MIN} minutes` };
    }
  }
  const recent = readings.filter((r) => r.t > at - 30 * MIN);
  if (modelError) base.model_error = modelError;
  if (!trend) {
    return { ...base, source: 'trend', method: TREND_METHOD, points: [], inputs: { readings: recent.length, span_min: 0, level_mg_dl: null, slope_mg_dl_per_min: null, sigma_mg_dl: null },
      reason: 'needs at least 3 glucose readings spanning 10 minutes in the 25 minutes before the forecast time' };
  }
  return {
    ...base,
    source: 'trend',
    method: TREND_METHOD,
    points: trend.points.map((p) => ({ t: new Date(p.t).toISOString(), mg_dl: p.mg_dl, lo: p.lo, hi: p.hi })),
    inputs: { readings: trend.n, span_min: trend.span_min, level_mg_dl: trend.level, slope_mg_dl_per_min: trend.slope, sigma_mg_dl: trend.sigma },
  };
}

/**
 * The model's points at `at` + 5, 10 … `horizonMin`: its horizons count from the newest
 * reading, so each point is interpolated between the two model horizons around it (from
 * no change at the newest reading itself). Null when the model cannot forecast here.
 */
async function modelForecast(readings: ReadonlyArray<{ t: number; value: number }>, at: number, horizonMin: number) {
  const n = readings.length - 1;
  if (n < 0 || at - readings[n]!.t > CURRENT_MIN * MIN) return null;
  const lag = (at - readings[n]!.t) / MIN;
  if (lag + horizonMin > MODEL_REACH_MIN) return null;
  const grid = gridBefore(readings.map((r) => r.t / MIN), readings.map((r) => r.value), n);
  if (!grid) return null;
  const out = await predictChanges([features(grid)]);
  const level = readings[n]!.value;
  const at3 = (m: number, k: 0 | 1 | 2) => {
    // Change at m minutes after the newest reading, quantile k (0: 10 %, 1: median, 2: 90 %).
    const h = m / STEP_MIN;
    const i = Math.floor(h);
    const a = i === 0 ? 0 : quantilesAt(out, 0, i - 1)[k];
    const b = i >= HORIZONS ? a : quantilesAt(out, 0, i)[k];
    return a + (h - i) * (b - a);
  };
  const points = [];
  for (let h = 5; h <= horizonMin; h += 5) {
    const m = lag + h;
    points.push({ t: new Date(at + h * MIN).toISOString(), mg_dl: round1(clamp(level + at3(m, 1))), lo: round1(clamp(level + at3(m, 0))), hi: round1(clamp(level + at3(m, 2))) });
  }
  const used = readings.filter((r) => r.t >= readings[n]!.t - (HISTORY - 1) * STEP_MIN * MIN).length;
  return { points, level, readings: used };
}
