import { glucoseTrend } from '../alerts/glucose-trend';
import type { Core } from '../core-types';
import type { CallContext } from '../context';
import type { Forecast } from '../../api/dosing';
import { Kv } from '../kv';
import { logger } from '../logger';
import { HISTORY, HORIZONS, STEP_MIN, features, gridBefore, predictChanges, quantilesAt } from '../../models/glucose-forecast/forecast-model';
import { EVENTS_LOOKBACK_MIN, V2_HISTORY, V2_HORIZONS, V2_MAX_GAP_MIN, V2_SHIPPED, eventInputs, featuresV2, gridBeforeV2, predictChangesV2, quantilesAtV2, type TimedAmount } from '../../models/glucose-forecast/forecast-model-v2';
import { applyCalibration, type Calibration } from '../../models/glucose-forecast/person-calibration';
import type { SqlRow } from '../../db/rows';
import type { events } from '../../db/schema';

const MIN = 60_000;
const log = logger('forecast');
/** A reading older than this is not "current": no model forecast or trend from it (the dashboard's rule). */
export const CURRENT_MIN = 15;
const MODEL_REACH_MIN = HORIZONS * STEP_MIN;
const V2_REACH_MIN = V2_HORIZONS * STEP_MIN;
const clamp = (v: number) => Math.min(400, Math.max(40, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

export type ForecastMethod = 'auto' | 'model' | 'trend';

const NOTE = 'A suggestion from recent readings, not a prescription. Check with a meter before acting.';
const TREND_METHOD = 'robust linear trend (Theil–Sen) over the last 25 min, 80 % prediction interval';
const V2_METHOD =
  'forecast model v2 (models/glucose-forecast/MODEL.md: trained on real people with type 1 diabetes; an hour of CGM, and insulin and carbohydrate on board from the boluses and meals logged here when there are any in the last 24 hours)';
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
 * and with `trend`, the robust trend line of core/alerts/glucose-trend.ts (Theil–Sen slope
 * through the last 25 minutes), its band calibrated to how far glucose drifts from a
 * line (core/alerts/TREND-BAND.md). If the model itself cannot run (its file missing or
 * damaged in an install), `auto` still answers with the trend line and says why: a
 * forecast screen must not go blank over it. Either way it is a suggestion, never a
 * prescription.
 */
export async function forecastAt(core: Core, ctx: CallContext, subjectId: string, at: number, horizonMin: number, method: ForecastMethod = 'auto'): Promise<Forecast> {
  core.access.require(ctx, subjectId, 'read');
  return forecastFrom(forecastReadings(core, subjectId, at), at, horizonMin, method, { events: forecastEvents(core, subjectId, at), calibration: storedCalibration(core, subjectId) });
}

/** The glucose readings stamped ≤ `at` that any method may use (the longest model history, after a reading up to 15 minutes old), oldest first. */
export function forecastReadings(core: Core, subjectId: string, at: number): Array<{ t: number; value: number }> {
  const span = (Math.max(HISTORY, V2_HISTORY) - 1) * STEP_MIN + CURRENT_MIN + 15;
  const { t, v } = core.observations.series(subjectId, 'glucose', at - span * MIN, at + 1);
  return Array.from(t, (tt, i) => ({ t: tt, value: v[i]! }));
}

/** Logged boluses (units) and meals (grams of carbohydrate), minutes since the epoch, ascending. */
export interface ForecastEvents {
  boluses: TimedAmount[];
  meals: TimedAmount[];
}

/**
 * The person's own boluses and meals stamped in the 24 hours up to `at`: the model's
 * insulin- and carbohydrate-on-board inputs. Basal is left out, as in the dose calculator
 * (PROTOCOL-v2.md: a stored basal event does not say whether it is a pump rate or a
 * long-acting injection); a meal without a carbohydrate amount adds nothing.
 */
export function forecastEvents(core: Core, subjectId: string, at: number): ForecastEvents {
  const rows = core.deps.db.$client
    .prepare<[string, number, number], Pick<SqlRow<typeof events>, 'type' | 't' | 'data'>>(`SELECT type, t, data FROM events WHERE subject_id = ? AND type IN ('insulin', 'meal') AND t > ? AND t <= ? ORDER BY t`)
    .all(subjectId, at - EVENTS_LOOKBACK_MIN * MIN, at);
  const out: ForecastEvents = { boluses: [], meals: [] };
  for (const r of rows) {
    const d = JSON.parse(r.data) as { units?: unknown; kind?: unknown; carbs_g?: unknown };
    if (r.type === 'insulin' && d.kind !== 'basal' && typeof d.units === 'number' && d.units > 0) out.boluses.push({ t: r.t / MIN, amount: d.units });
    if (r.type === 'meal' && typeof d.carbs_g === 'number' && d.carbs_g >= 0) out.meals.push({ t: r.t / MIN, amount: d.carbs_g });
  }
  return out;
}

/** A person's calibration as stored (forecast-calibration.ts), for the forecast to apply. */
export interface StoredCalibration {
  calibration: Calibration;
  fitted_at: string;
  before: { rmse_30: number | null; rmse_60: number | null };
  after: { rmse_30: number | null; rmse_60: number | null };
}

/** The kv key of a person's kept calibration (named `…:<subject id>:…` so it goes with the subject). */
export const calibrationKey = (subjectId: string) => `forecast-calibration:${subjectId}:v2`;

export function storedCalibration(core: Core, subjectId: string): StoredCalibration | null {
  return new Kv(core.deps.db, () => core.deps.clock.now()).getJson<StoredCalibration>(calibrationKey(subjectId));
}

/** forecastAt's answer from readings (forecastReadings) and events (forecastEvents) already read. */
export async function forecastFrom(
  readings: ReadonlyArray<{ t: number; value: number }>,
  at: number,
  horizonMin: number,
  method: ForecastMethod = 'auto',
  extra: { events?: ForecastEvents; calibration?: StoredCalibration | null } = {},
): Promise<Forecast> {
  const trend = glucoseTrend(readings, at, { horizonMin, stepMin: 5 });
  const base: { at: string; horizon_min: number; note: string; model_error?: string } = { at: new Date(at).toISOString(), horizon_min: horizonMin, note: NOTE };

  let modelError: string | undefined;
  if (method !== 'trend') {
    let model: ModelAnswer | null = null;
    try {
      // v2 where it can; v1 (same hour, shorter gaps only) if v2 is not shipped or cannot.
      model = (V2_SHIPPED ? await modelV2Forecast(readings, at, horizonMin, extra.events ?? { boluses: [], meals: [] }, extra.calibration ?? null) : null) ?? (await modelForecast(readings, at, horizonMin));
    } catch (e) {
      if (method === 'model') throw e;
      modelError = `the forecast model could not run (${(e as Error).message}), so this is the trend line`;
      log.error('forecast model failed; answering with the trend line', { error: (e as Error).message });
    }
    if (model) {
      return {
        ...base,
        source: 'model',
        method: model.v2 ? V2_METHOD : MODEL_METHOD,
        points: model.points,
        inputs: { readings: model.readings, span_min: model.span, level_mg_dl: model.level, slope_mg_dl_per_min: trend?.slope ?? null, sigma_mg_dl: null },
        inputs_used: model.used,
      };
    }
    if (method === 'model') {
      return { ...base, source: 'model', method: V2_SHIPPED ? V2_METHOD : MODEL_METHOD, points: [], inputs: { readings: readings.length, span_min: 0, level_mg_dl: null, slope_mg_dl_per_min: null, sigma_mg_dl: null },
        reason: `the model needs the newest reading at most ${CURRENT_MIN} minutes old, an hour of readings with no gap over ${V2_SHIPPED ? V2_MAX_GAP_MIN : 15} minutes, and a horizon within ${MODEL_REACH_MIN - CURRENT_MIN} minutes` };
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
    inputs_used: { model: 'trend', glucose_min: 25, insulin_on_board_u: null, carbs_on_board_g: null, calibrated_to_person: false, words: 'glucose of the last 25 minutes only (the trend line)' },
  };
}

/** What a model's forecast brings back to forecastFrom. */
interface ModelAnswer {
  v2: boolean;
  points: Forecast['points'];
  level: number;
  readings: number;
  span: number;
  used: NonNullable<Forecast['inputs_used']>;
}

/** Points at `at` + 5 … `horizonMin` from a model's quantile function of minutes after the newest reading. */
function pointsFrom(at: number, lag: number, level: number, horizonMin: number, q: (m: number, k: 0 | 1 | 2) => number) {
  const points = [];
  for (let h = 5; h <= horizonMin; h += 5) {
    const m = lag + h;
    points.push({ t: new Date(at + h * MIN).toISOString(), mg_dl: round1(clamp(level + q(m, 1))), lo: round1(clamp(level + q(m, 0))), hi: round1(clamp(level + q(m, 2))) });
  }
  return points;
}

/** Interpolates a model's horizons (every 5 min from the newest reading) to minute `m`, from no change at 0. */
function interpolated(at: (h: number) => [number, number, number], horizons: number) {
  return (m: number, k: 0 | 1 | 2) => {
    const h = m / STEP_MIN;
    const i = Math.floor(h);
    const a = i === 0 ? 0 : at(i - 1)[k];
    const b = i >= horizons ? a : at(i)[k];
    return a + (h - i) * (b - a);
  };
}

/**
 * Forecast v2's points, with the person's calibration applied when one is kept; null when v2
 * cannot forecast here (no current reading, less than an hour without a gap over 20
 * minutes, or a horizon out of reach), so v1 is tried next.
 */
async function modelV2Forecast(readings: ReadonlyArray<{ t: number; value: number }>, at: number, horizonMin: number, events: ForecastEvents, cal: StoredCalibration | null): Promise<ModelAnswer | null> {
  const n = readings.length - 1;
  if (n < 0 || at - readings[n]!.t > CURRENT_MIN * MIN) return null;
  const lag = (at - readings[n]!.t) / MIN;
  if (lag + horizonMin > V2_REACH_MIN) return null;
  const tMin = readings.map((r) => r.t / MIN);
  const grid = gridBeforeV2(tMin, readings.map((r) => r.value), n);
  if (!grid) return null;
  // Events up to the newest reading only: the model was trained with its inputs at that time.
  const ev = eventInputs(tMin[n]!, events.boluses, events.meals);
  const out = await predictChangesV2([featuresV2(grid, ev)]);
  const level = readings[n]!.value;
  const q = (h: number) => (cal ? applyCalibration(cal.calibration, h, quantilesAtV2(out, 0, h)) : quantilesAtV2(out, 0, h));
  const span = (V2_HISTORY - 1) * STEP_MIN;
  const used = readings.filter((r) => r.t >= readings[n]!.t - span * MIN).length;
  const words = ev.used
    ? `glucose of the last hour, insulin on board ${round1(ev.iob_u)} U and carbohydrate on board ${Math.round(ev.cob_g)} g from what is logged here`
    : 'glucose of the last hour only (no bolus or meal logged in the last 24 hours)';
  const calWords = cal ? `; calibrated to this person on ${cal.fitted_at.slice(0, 10)}` : '';
  return {
    v2: true,
    points: pointsFrom(at, lag, level, horizonMin, interpolated(q, V2_HORIZONS)),
    level,
    readings: used,
    span,
    used: {
      model: 'v2',
      glucose_min: span,
      insulin_on_board_u: ev.used ? round1(ev.iob_u) : null,
      carbs_on_board_g: ev.used ? Math.round(ev.cob_g) : null,
      calibrated_to_person: cal !== null,
      words: words + calWords,
    },
  };
}

/**
 * The model's points at `at` + 5, 10 … `horizonMin`: its horizons count from the newest
 * reading, so each point is interpolated between the two model horizons around it (from
 * no change at the newest reading itself). Null when the model cannot forecast here.
 */
async function modelForecast(readings: ReadonlyArray<{ t: number; value: number }>, at: number, horizonMin: number): Promise<ModelAnswer | null> {
  const n = readings.length - 1;
  if (n < 0 || at - readings[n]!.t > CURRENT_MIN * MIN) return null;
  const lag = (at - readings[n]!.t) / MIN;
  if (lag + horizonMin > MODEL_REACH_MIN) return null;
  const grid = gridBefore(readings.map((r) => r.t / MIN), readings.map((r) => r.value), n);
  if (!grid) return null;
  const out = await predictChanges([features(grid)]);
  const level = readings[n]!.value;
  const used = readings.filter((r) => r.t >= readings[n]!.t - (HISTORY - 1) * STEP_MIN * MIN).length;
  return {
    v2: false,
    points: pointsFrom(at, lag, level, horizonMin, interpolated((h) => quantilesAt(out, 0, h), HORIZONS)),
    level,
    readings: used,
    span: (HISTORY - 1) * STEP_MIN,
    used: { model: 'v1', glucose_min: 60, insulin_on_board_u: null, carbs_on_board_g: null, calibrated_to_person: false, words: 'glucose of the last hour only (the first forecast model, which knows no insulin or meals)' },
  };
}
