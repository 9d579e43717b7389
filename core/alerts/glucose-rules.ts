import { glucoseTrend, minutesToLow } from './glucose-trend';
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
 *
 * Latching (README "Latching"): `urgent_low_soon` is high and latches; `falling_fast` and
 * `low_soon` are trends, not the low itself, and end with their condition. Once the
 * forecast low has arrived and a glucose threshold at or inside its limit carries it (the
 * threshold rule's alarm stands), the "soon" alert is closed as superseded, and while any
 * glucose low threshold is crossed "falling fast" is neither raised nor kept: one low, one
 * alarm.
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

      // The low a forecast warned of has arrived, and a threshold alarm carries it.
      const level = readings.length ? readings[readings.length - 1]!.value : null;
      const carried = (limit: number) =>
        level !== null && level < limit && ctx.thresholds(subjectId).some((t) => t.metric === 'glucose' && t.min != null && t.min <= limit && level < t.min);
      const carriedUrgent = carried(URGENT_LOW_MG_DL);
      // A low alarm stands: "falling fast" adds nothing to do (one reading, one alarm).
      const lowStands = carried(Infinity);
      if (lowStands) ctx.resolve(subjectId, 'falling', latest);
      const carriedLow = carried(LOW_MG_DL);
      if (carriedUrgent) ctx.resolve(subjectId, 'urgent-low-soon', latest, { superseded: true });
      if (carriedLow) ctx.resolve(subjectId, 'low-soon', latest, { superseded: true });

      const rate = glucoseTrend(readings, latest, { windowMin: 15, horizonMin: 5 });
      if (rate && !lowStands) {
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
            latch: false,
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
        model: 'Theil–Sen line over the last 25 min (core/alerts/glucose-trend.ts)',
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
      if (!carriedUrgent) ctx.track(
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
      if (!carriedLow) ctx.track(
        subjectId,
        {
          key: 'low-soon',
          kind: 'low_soon',
          priority: 'medium',
          message: `Low soon: glucose ${trend.level} mg/dL, forecast to reach ${LOW_MG_DL} in about ${Math.round(m70 ?? 0)} min`,
          metric: 'glucose',
          value: trend.level,
          snoozeClass: 'glucose:low',
          latch: false,
          detail: detail(LOW_MG_DL, m70),
        },
        { at: latest, active: lowActive, clear: minutesToLow(trend, LOW_MG_DL + SOON_HYSTERESIS, h) === null },
      );
    },
  };
}
