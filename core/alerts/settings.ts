import type { SubjectKind, Threshold } from '../../api/schemas';

/**
 * Per-subject alert behaviour, kept in the subject's `settings.alerts` (JSON) and filled
 * in from these defaults. Minutes, mg/dL, percent as named.
 */
export interface AlertSettings {
  /** A new excursion of a condition within this many minutes of the last one resolving is the same episode (no new alert). */
  realert_min: number;
  /** An unacknowledged, unsnoozed high-priority alert is re-announced (and escalated) every this many minutes. */
  reannounce_high_min: number;
  /** The same for medium priority; null = never re-announced. */
  reannounce_medium_min: number | null;
  /** No reading from a paired live device for this long: a medium-priority warning. */
  signal_loss_warn_min: number;
  /** … and for this long: high priority. */
  signal_loss_urgent_min: number;
  /** Device battery at or below this (%): low-priority alert; at or below half of it: medium. */
  battery_low_percent: number;
  /** Glucose falling faster than this (mg/dL/min) raises "falling fast" (Dexcom's "fall rate" alert uses 2 or 3). */
  glucose_fall_rate: number;
  /** Horizon of the "low soon" / "urgent low soon" forecast (minutes). */
  predicted_low_horizon_min: number;
  /** Nothing evaluated alerts for this long (app closed or crashed, computer asleep) while the person was watched live: `monitoring_gap` alert. */
  monitoring_gap_min: number;
  /** Median-of-N smoothing per metric before thresholds are compared (1 = none). */
  smoothing: Record<string, number>;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  realert_min: 15,
  reannounce_high_min: 5,
  reannounce_medium_min: null,
  signal_loss_warn_min: 15,
  signal_loss_urgent_min: 30,
  battery_low_percent: 20,
  glucose_fall_rate: 2,
  predicted_low_horizon_min: 20,
  // The timer beats every 15 s; a restart takes seconds. Five minutes is long enough that
  // an update or a quick restart is not an alarm and short enough to matter for a low.
  monitoring_gap_min: 5,
  // Room sensors and skin/ear thermometers jitter by a few tenths; a CGM already
  // smooths on the transmitter, so glucose is compared raw.
  smoothing: { room_temperature: 3, humidity: 3, body_temperature: 3, heart_rate: 3, spo2: 3 },
};

const num = (v: unknown, lo: number, hi: number): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : undefined);

/** Reads `settings.alerts` leniently: a field out of its range falls back to the default. */
export function resolveSettings(subjectSettings: Record<string, unknown> | undefined): AlertSettings {
  const raw = (subjectSettings?.alerts ?? {}) as Record<string, unknown>;
  const d = DEFAULT_ALERT_SETTINGS;
  const smoothing = { ...d.smoothing };
  if (raw.smoothing && typeof raw.smoothing === 'object') {
    for (const [k, v] of Object.entries(raw.smoothing as Record<string, unknown>)) {
      const n = num(v, 1, 15);
      if (n !== undefined) smoothing[k] = Math.round(n);
    }
  }
  const medium = raw.reannounce_medium_min === null ? null : (num(raw.reannounce_medium_min, 1, 240) ?? d.reannounce_medium_min);
  const warn = num(raw.signal_loss_warn_min, 1, 1440) ?? d.signal_loss_warn_min;
  return {
    realert_min: num(raw.realert_min, 0, 1440) ?? d.realert_min,
    reannounce_high_min: num(raw.reannounce_high_min, 1, 240) ?? d.reannounce_high_min,
    reannounce_medium_min: medium,
    signal_loss_warn_min: warn,
    signal_loss_urgent_min: Math.max(warn, num(raw.signal_loss_urgent_min, 1, 2880) ?? d.signal_loss_urgent_min),
    battery_low_percent: num(raw.battery_low_percent, 1, 90) ?? d.battery_low_percent,
    glucose_fall_rate: num(raw.glucose_fall_rate, 0.5, 10) ?? d.glucose_fall_rate,
    predicted_low_horizon_min: num(raw.predicted_low_horizon_min, 5, 60) ?? d.predicted_low_horizon_min,
    monitoring_gap_min: num(raw.monitoring_gap_min, 1, 1440) ?? d.monitoring_gap_min,
    smoothing,
  };
}

/**
 * Sensible starting thresholds per kind of subject, applied when a subject is first
 * seen by the engine without thresholds ever having been set, and by "Use defaults".
 *
 * - diabetes: International Consensus on Time in Range (Battelino et al., Diabetes Care
 *   2019;42:1593): level 2 hypoglycaemia < 54 mg/dL (high priority: act now), level 1
 *   < 70 (medium), level 1 hyper > 180 (low, sustained 15 min so a meal spike is not an
 *   alarm) and level 2 > 250 (medium, sustained 15 min).
 * - baby: none on the record. The baby monitor's own rules (core/baby/rules.ts, limits in
 *   the subject's `settings.baby`) already raise fever ≥ 38.0 °C (NICE NG143; medium
 *   alone, high as "may be ill" with a cry), and the nursery 16–22 °C (Lullaby Trust /
 *   NHS safe-sleep guidance) and 40–60 %RH for 10 minutes (low). Defaults here would
 *   raise a second alert for the same condition.
 * - parkinson/general: none on the record; alerts come from device and domain rules.
 */
export function defaultThresholds(kind: SubjectKind): Threshold[] {
  switch (kind) {
    case 'diabetes':
      return [
        { metric: 'glucose', min: 54, max: null, priority: 'high', sustain_min: 0 },
        { metric: 'glucose', min: 70, max: null, priority: 'medium', sustain_min: 0 },
        { metric: 'glucose', min: null, max: 180, priority: 'low', sustain_min: 15 },
        { metric: 'glucose', min: null, max: 250, priority: 'medium', sustain_min: 15 },
      ];
    case 'baby':
    case 'parkinson':
    case 'general':
      return [];
    default: {
      const never: never = kind;
      return never;
    }
  }
}
