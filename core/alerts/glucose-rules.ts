import { glucoseTrend, minutesToLow } from './forecast';
import type { AlertRule } from './rules';
import { URGENT_LOW_MG_DL } from './threshold-rule';

const MIN = 60_000;
/** Level 1 hypoglycaemia (International Consensus on Time in Range): "low soon". */
export const LOW_MG_DL = 70;
/** A forecast must climb this far above a limit before a "soon" alert clears (mg/dL). */
const SOON_HYSTERESIS = 10;

/**
 * Glucose trend rules, evaluated at the newest reading of each batch (they are about
 * "now", not about each historical reading):
 *
 * - `falling_fast` (medium): the 15-minute robust rate is below −`glucose_fall_rate`
 *   mg/dL/min (default 2, Dexcom's "fall rate" alert); clears above −¾ of it.
 * - `urgent_low_soon` (high, never snoozable): the 25-minute trend line reaches 54 mg/dL
 *   within `predicted_low_horizon_min` (default 20 min, as Dexcom G6/G7's "Urgent Low
 *   Soon"), while glucose is still above 54.
 * - `low_soon` (medium): the same for 70 mg/dL, when urgent-low-soon does not hold.
 *
 * Each alert carries the forecast's inputs and 80 % band in `detail` (architecture.md
 * "Safety": a forecast states its inputs and its uncertainty).
 */
export function glucoseTrendRule(): AlertRule {
  return {
    id: 'glucose',
    onObservations(ctx, subjectId, rows) {
      let latest = -Infinity;
      for (const r of rows) if (r.metric === 'glucose' && r.t > latest) latest = r.t;
      if (latest === -Infinity) return;
      const s = ctx.settings(subjectId);
      const readings = ctx.readings(subjectId, 'glucose', latest - 30 * MIN, latest);

      const rate = glucoseTrend(readings, latest, { windowMin: 15, horizonMin: 5 });
      if (rate) {
        ctx.track(
          subjectId,
          {
            key: 'falling',
            kind: 'falling_fast',
            priority: 'medium',
            message: `Glucose falling fast: ${Math.abs(rate.slope)} mg/dL per minute`,
            metric: 'glucose',
            value: rate.level,
            snoozeClass: 'glucose:falling',
            detail: { rate_mg_dl_per_min: rate.slope, limit: -s.glucose_fall_rate, window_min: 15, n: rate.n },
          },
          { at: latest, active: rate.slope < -s.glucose_fall_rate, clear: rate.slope > -0.75 * s.glucose_fall_rate },
        );
      }

      const h = s.predicted_low_horizon_min;
      const trend = glucoseTrend(readings, latest, { windowMin: 25, horizonMin: Math.max(h, 30) });
      if (!trend) return;
      const m54 = minutesToLow(trend, URGENT_LOW_MG_DL, h);
      const m70 = minutesToLow(trend, LOW_MG_DL, h);
      const detail = (limit: number, minutes: number | null) => ({
        model: 'Theil–Sen line over the last 25 min (core/alerts/forecast.ts)',
        limit,
        horizon_min: h,
        minutes_to_limit: minutes,
        level: trend.level,
        slope_mg_dl_per_min: trend.slope,
        sigma: trend.sigma,
        n: trend.n,
        span_min: trend.span_min,
        band: '80 %',
        points: trend.points.map((p) => ({ t: new Date(p.t).toISOString(), mg_dl: p.mg_dl, lo: p.lo, hi: p.hi })),
      });
      const urgentActive = trend.level > URGENT_LOW_MG_DL && m54 !== null && m54 > 0;
      ctx.track(
        subjectId,
        {
          key: 'urgent-low-soon',
          kind: 'urgent_low_soon',
          priority: 'high',
          message: `Urgent low soon: glucose ${trend.level} mg/dL, forecast to reach ${URGENT_LOW_MG_DL} in about ${Math.round(m54 ?? 0)} min`,
          metric: 'glucose',
          value: trend.level,
          snoozeClass: 'glucose:low',
          snoozable: false,
          detail: detail(URGENT_LOW_MG_DL, m54),
        },
        { at: latest, active: urgentActive, clear: minutesToLow(trend, URGENT_LOW_MG_DL + SOON_HYSTERESIS, h) === null },
      );
      const lowActive = !urgentActive && trend.level > LOW_MG_DL && m70 !== null && m70 > 0;
      ctx.track(
        subjectId,
        {
          key: 'low-soon',
          kind: 'low_soon',
          priority: 'medium',
          message: `Low soon: glucose ${trend.level} mg/dL, forecast to reach ${LOW_MG_DL} in about ${Math.round(m70 ?? 0)} min`,
          metric: 'glucose',
          value: trend.level,
          snoozeClass: 'glucose:low',
          detail: detail(LOW_MG_DL, m70),
        },
        { at: latest, active: lowActive, clear: minutesToLow(trend, LOW_MG_DL + SOON_HYSTERESIS, h) === null },
      );
    },
  };
}
