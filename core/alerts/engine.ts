import type { Alert, Priority, Threshold } from '../../api/schemas';
import type { CoreDeps } from '../context';
import type { CleanObservation } from '../records/observations';
import { AlertStore, toAlert } from './store';

/**
 * How far back inside the range a value must come before a threshold alert clears, so
 * a noisy sensor hovering on the line raises one alert per excursion, not fifty.
 */
const HYSTERESIS: Record<string, number> = {
  glucose: 5,
  body_temperature: 0.2,
  room_temperature: 0.5,
  humidity: 2,
  heart_rate: 3,
  spo2: 1,
};
/** A new excursion of the same condition within this long after it cleared is the same episode. */
export const DEFAULT_REALERT_MS = 15 * 60_000;

interface Pending {
  since: number;
}

/**
 * Evaluates rules on every ingest. Thresholds: a value beyond `min`/`max` (sustained for
 * `sustain_min` minutes when set) raises one alert; it resolves when the value comes back
 * past the threshold by the hysteresis margin; the history keeps it.
 */
export class AlertEngine {
  private readonly pending = new Map<string, Pending>();
  readonly store: AlertStore;

  constructor(private readonly deps: CoreDeps, private readonly realertMs = DEFAULT_REALERT_MS) {
    this.store = new AlertStore(deps);
  }

  /** Runs inside the ingest transaction; returns the alerts raised or resolved (to publish after commit). */
  onObservations(subjectId: string, rows: readonly CleanObservation[]): { raised: Alert[]; resolved: Alert[] } {
    const raised: Alert[] = [];
    const resolved: Alert[] = [];
    if (!rows.length) return { raised, resolved };
    const thresholds = this.store.thresholds(subjectId);
    if (!thresholds.length) return { raised, resolved };
    const byMetric = new Map<string, Threshold[]>();
    for (const t of thresholds) byMetric.set(t.metric, [...(byMetric.get(t.metric) ?? []), t]);
    const sorted = rows.filter((r) => byMetric.has(r.metric)).sort((a, b) => a.t - b.t);
    for (const r of sorted) {
      for (const th of byMetric.get(r.metric)!) {
        for (const dir of ['low', 'high'] as const) {
          const limit = dir === 'low' ? th.min : th.max;
          if (limit === null || limit === undefined) continue;
          const key = `threshold:${r.metric}:${dir}:${th.priority}`;
          const margin = HYSTERESIS[r.metric] ?? Math.abs(limit) * 0.02;
          const beyond = dir === 'low' ? r.value < limit : r.value > limit;
          const clear = dir === 'low' ? r.value >= limit + margin : r.value <= limit - margin;
          const active = this.store.active(subjectId, key);
          const pkey = `${subjectId}\u0000${key}`;
          if (beyond) {
            if (active) continue;
            const p = this.pending.get(pkey) ?? { since: r.t };
            this.pending.set(pkey, p);
            const sustainMs = (th.sustain_min ?? 0) * 60_000;
            if (r.t - p.since < sustainMs) continue;
            const last = this.store.lastResolved(subjectId, key);
            if (last && last.resolved_at !== null && r.t - last.resolved_at < this.realertMs && last.resolved_at <= r.t) continue;
            raised.push(toAlert(this.store.raise({
              subject_id: subjectId,
              kind: dir === 'low' ? 'below_threshold' : 'above_threshold',
              rule_key: key,
              metric: r.metric,
              value: r.value,
              priority: th.priority as Priority,
              message: `${r.metric} ${round(r.value)} is ${dir === 'low' ? 'below' : 'above'} ${limit}`,
              at: r.t,
            })));
          } else {
            if (clear || !active) this.pending.delete(pkey);
            if (active && clear) resolved.push(toAlert(this.store.resolve(active.id, r.t)));
          }
        }
      }
    }
    return { raised, resolved };
  }
}

const round = (v: number) => Math.round(v * 10) / 10;
