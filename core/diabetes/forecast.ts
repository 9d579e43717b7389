import { glucoseTrend } from '../alerts/forecast';
import type { Core } from '../app';
import type { CallContext } from '../context';
import type { Forecast } from '../../api/dosing';

const MIN = 60_000;

/** Contract section 4, plus what a forecast must say about itself (architecture: Safety); the shape lives in api/dosing.ts. */
export type ForecastDoc = Forecast;

/**
 * A glucose forecast at `at` from readings stamped ≤ `at` only: the robust trend line of
 * core/alerts/forecast.ts (Theil–Sen slope through the last 25 minutes, 80 % prediction
 * band that widens with the horizon). A trend, not a physiological model: beyond 30
 * minutes the band is wide on purpose. It is a suggestion, never a prescription.
 */
export function forecastAt(core: Core, ctx: CallContext, subjectId: string, at: number, horizonMin: number): ForecastDoc {
  core.access.require(ctx, subjectId, 'read');
  const { t, v } = core.observations.series(subjectId, 'glucose', at - 30 * MIN, at + 1);
  const readings = Array.from(t, (tt, i) => ({ t: tt, value: v[i]! }));
  const trend = glucoseTrend(readings, at, { horizonMin, stepMin: 5 });
  const base = {
    at: new Date(at).toISOString(),
    horizon_min: horizonMin,
    method: 'robust linear trend (Theil–Sen) over the last 25 min, 80 % prediction interval',
    note: 'A suggestion from recent readings, not a prescription. Check with a meter before acting.',
  };
  if (!trend) {
    return { ...base, points: [], inputs: { readings: readings.length, span_min: 0, level_mg_dl: null, slope_mg_dl_per_min: null, sigma_mg_dl: null }, reason: 'needs at least 3 glucose readings spanning 10 minutes in the 25 minutes before the forecast time' };
  }
  return {
    ...base,
    points: trend.points.map((p) => ({ t: new Date(p.t).toISOString(), mg_dl: p.mg_dl, lo: p.lo, hi: p.hi })),
    inputs: { readings: trend.n, span_min: trend.span_min, level_mg_dl: trend.level, slope_mg_dl_per_min: trend.slope, sigma_mg_dl: trend.sigma },
  };
}
