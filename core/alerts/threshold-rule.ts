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

const RANK = { low: 1, medium: 2, high: 3 } as const;

/** One limit of a nested set (one metric, one direction): 70 and 54 mg/dL below, 180 and 250 above. */
interface Level {
  th: Threshold;
  limit: number;
}

/**
 * Per-subject `min`/`max` thresholds (contract: `PUT /api/subjects/:id/thresholds`).
 * Each reading is first smoothed (median of the last N readings within 30 minutes, N
 * from the subject's `smoothing` setting), then compared: below `min` / above `max`
 * (exclusive, as the consensus ranges are) for `sustain_min` minutes.
 *
 * One reading, one alarm (issue 15): every limit of one metric in one direction is one
 * nested set (glucose below 70 and below 54; above 180 and above 250) and raises ONE
 * alert, keyed by metric and direction. Its priority (and kind, message, value) is that
 * of the most urgent limit crossed for its own `sustain_min`, so a fall from 65 to 48
 * escalates the "below 70" alarm to "urgent low"; coming back up does not lower it. It
 * ends once the value is back inside the outermost limit by the hysteresis margin.
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
      const { buffers, crossedSince } = ctx.memory(subjectId, () => ({
        buffers: new Map<string, Array<{ t: number; value: number }>>(),
        // When each limit was first crossed in this excursion (its own sustain timer).
        crossedSince: new Map<string, number>(),
      }));
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
        for (const dir of ['low', 'high'] as const) {
          const levels: Level[] = [];
          for (const th of list) {
            const limit = dir === 'low' ? th.min : th.max;
            if (limit !== null && limit !== undefined) levels.push({ th, limit });
          }
          if (!levels.length) continue;
          // Outermost first: the limit crossed first on the way out, and the last one to clear.
          levels.sort((a, b) => (dir === 'low' ? b.limit - a.limit : a.limit - b.limit));
          const marginOf = (limit: number) => HYSTERESIS[r.metric] ?? Math.abs(limit) * 0.02;
          let chosen: Level | null = null;
          // Level 2 hypoglycaemia is urgent (and never snoozable) whichever limit's priority wins.
          let urgent = false;
          for (const lv of levels) {
            const mk = `${r.metric}:${dir}:${lv.limit}:${lv.th.priority}`;
            const crossed = dir === 'low' ? value < lv.limit : value > lv.limit;
            const back = dir === 'low' ? value >= lv.limit + marginOf(lv.limit) : value <= lv.limit - marginOf(lv.limit);
            // Inside the hysteresis band the sustain timer keeps running: a noisy sensor
            // dipping back by a hair does not restart "outside the range for 10 minutes".
            if (back) crossedSince.delete(mk);
            if (!crossed) continue;
            const since = Math.min(crossedSince.get(mk) ?? r.t, r.t);
            crossedSince.set(mk, since);
            if (r.t - since < (lv.th.sustain_min ?? 0) * MIN) continue;
            // The most urgent limit crossed wins; among equals, the deepest.
            if (!chosen || RANK[lv.th.priority] >= RANK[chosen.th.priority]) chosen = lv;
            if (r.metric === 'glucose' && dir === 'low' && lv.limit <= URGENT_LOW_MG_DL) urgent = true;
          }
          const outer = levels[0]!;
          const lv = chosen ?? outer;
          const margin = marginOf(outer.limit);
          ctx.track(
            subjectId,
            {
              key: `${r.metric}:${dir}`,
              kind: urgent ? 'urgent_low' : dir === 'low' ? 'below_threshold' : 'above_threshold',
              priority: lv.th.priority,
              message: `${urgent ? 'Urgent low: ' : ''}${name} ${fmt(value)}${unit ? ' ' + unit : ''} is ${dir === 'low' ? 'below' : 'above'} ${fmt(lv.limit)}${unit ? ' ' + unit : ''}`,
              metric: r.metric,
              value,
              snoozeClass: `${r.metric}:${dir}`,
              snoozable: !urgent,
              detail: { limit: lv.limit, direction: dir, raw: r.value, smoothed_over: k, hysteresis: margin, sustain_min: lv.th.sustain_min ?? 0, limits: levels.map((l) => ({ limit: l.limit, priority: l.th.priority })) },
            },
            {
              at: r.t,
              active: chosen !== null,
              clear: dir === 'low' ? value >= outer.limit + margin : value <= outer.limit - margin,
            },
          );
        }
      }
    },
  };
}
