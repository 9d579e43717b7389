import { METRICS, isMetricCode } from '../../api/metrics';
import type { Threshold } from '../../api/schemas';
import type { AlertRule } from './rules';

const MIN = 60_000;

/**
 * How far back inside the range a value must come before a threshold alert clears
 * (canonical units), so a sensor hovering on the line raises one alert per excursion.
 * Roughly twice each sensor's typical reading noise: CGM MARD ~9 % near 70 mg/dL is
 * ~6 mg/dL; clinical thermometers ±0.1–0.2 °C; room sensors ±0.3 °C / ±2 %RH.
 */
export const HYSTERESIS: Record<string, number> = {
  glucose: 5,
  body_temperature: 0.2,
  room_temperature: 0.5,
  humidity: 2,
  heart_rate: 3,
  spo2: 1,
  battery_level: 5,
};
/** Glucose below this is level 2 hypoglycaemia (International Consensus on Time in Range): its alert may never be snoozed. */
export const URGENT_LOW_MG_DL = 54;
/** Smoothing looks back at most this far: older readings are a different situation. */
const SMOOTH_WINDOW_MS = 30 * MIN;

export const unitOf = (metric: string): string => (isMetricCode(metric) ? METRICS[metric].unit : '');
export const fmt = (v: number): string => String(Math.round(v * 10) / 10);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Per-subject `min`/`max` thresholds (contract: `PUT /api/subjects/:id/thresholds`).
 * Each reading is first smoothed (median of the last N readings within 30 minutes, N
 * from the subject's `smoothing` setting), then compared: below `min` / above `max`
 * (exclusive, as the consensus ranges are) for `sustain_min` minutes raises one alert
 * per threshold and direction; it clears once the value is back inside by the
 * hysteresis margin.
 */
export function thresholdRule(): AlertRule {
  return {
    id: 'threshold',
    onObservations(ctx, subjectId, rows) {
      const thresholds = ctx.thresholds(subjectId);
      if (!thresholds.length) return;
      const byMetric = new Map<string, Threshold[]>();
      for (const t of thresholds) byMetric.set(t.metric, [...(byMetric.get(t.metric) ?? []), t]);
      const smoothing = ctx.settings(subjectId).smoothing;
      const buffers = ctx.memory(subjectId, () => new Map<string, Array<{ t: number; value: number }>>());
      for (const r of rows) {
        const list = byMetric.get(r.metric);
        if (!list) continue;
        const k = smoothing[r.metric] ?? 1;
        let value = r.value;
        if (k > 1) {
          let buf = buffers.get(r.metric);
          if (!buf) {
            // Cold start (new process): the readings already stored before this one.
            buf = ctx.readings(subjectId, r.metric, r.t - SMOOTH_WINDOW_MS, r.t - 1).slice(-(k - 1)).map((x) => ({ t: x.t, value: x.value }));
            buffers.set(r.metric, buf);
          }
          buf.push({ t: r.t, value: r.value });
          buf.sort((a, b) => a.t - b.t);
          const latest = buf[buf.length - 1]!.t;
          while (buf.length > k || (buf.length > 1 && buf[0]!.t < latest - SMOOTH_WINDOW_MS)) buf.shift();
          value = median(buf.map((x) => x.value));
        }
        const unit = unitOf(r.metric);
        const name = isMetricCode(r.metric) ? METRICS[r.metric].display : r.metric;
        for (const th of list) {
          for (const dir of ['low', 'high'] as const) {
            const limit = dir === 'low' ? th.min : th.max;
            if (limit === null || limit === undefined) continue;
            const margin = HYSTERESIS[r.metric] ?? Math.abs(limit) * 0.02;
            const active = dir === 'low' ? value < limit : value > limit;
            const clear = dir === 'low' ? value >= limit + margin : value <= limit - margin;
            const urgent = r.metric === 'glucose' && dir === 'low' && limit <= URGENT_LOW_MG_DL;
            ctx.track(
              subjectId,
              {
                key: `${r.metric}:${dir}:${th.priority}`,
                kind: urgent ? 'urgent_low' : dir === 'low' ? 'below_threshold' : 'above_threshold',
                priority: th.priority,
                message: `${urgent ? 'Urgent low: ' : ''}${name} ${fmt(value)}${unit ? ' ' + unit : ''} is ${dir === 'low' ? 'below' : 'above'} ${fmt(limit)}${unit ? ' ' + unit : ''}`,
                metric: r.metric,
                value,
                snoozeClass: `${r.metric}:${dir}`,
                snoozable: !urgent,
                detail: { limit, direction: dir, raw: r.value, smoothed_over: k, hysteresis: margin, sustain_min: th.sustain_min ?? 0 },
              },
              { at: r.t, active, clear, sustainMs: (th.sustain_min ?? 0) * MIN },
            );
          }
        }
      }
    },
  };
}
