import type { KioskBoard, KioskTile, Trend } from '../../api/alerts';
import { METRICS } from '../../api/metrics';
import type { SubjectKind } from '../../api/schemas';
import { iso } from '../clock';
import type { CoreDeps } from '../context';
import { glucoseTrend } from './glucose-trend';
import { resolveSettings } from './settings';
import type { AlertStore } from './store';
import { toAlert } from './store';
import { unitOf } from './threshold-rule';

const MIN = 60_000;
/** Metrics a tile shows, in order, when the subject has a reading of them in the last day. */
export const TILE_METRICS = ['glucose', 'systolic_bp', 'diastolic_bp', 'body_temperature', 'heart_rate', 'spo2', 'room_temperature', 'humidity', 'tremor_magnitude'] as const;
/** Metrics whose readings count as the person's data for a tile's last-data time: all but raw acceleration and a device's battery level. */
const DATA_METRICS = Object.keys(METRICS).filter((m) => m !== 'accel' && m !== 'battery_level');
const RECENT_MS = 24 * 60 * MIN;
const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * CGM trend arrows by rate (mg/dL/min), as Dexcom draws them: ≥ 3 ↑↑, 2–3 ↑, 1–2 ↗,
 * within ±1 →, and the mirror images. Other metrics use the same bands scaled to a
 * "fast" rate per unit (°C, /min, %) so an arrow means "changing notably".
 */
const FAST_PER_MIN: Record<string, number> = { glucose: 1, body_temperature: 0.05, heart_rate: 1, spo2: 0.2, room_temperature: 0.1, humidity: 0.5, tremor_magnitude: 0.05 };
export function trendArrow(metric: string, ratePerMin: number): Trend {
  const r = ratePerMin / (FAST_PER_MIN[metric] ?? 1);
  if (r >= 3) return 'up2';
  if (r >= 2) return 'up';
  if (r >= 1) return 'up45';
  if (r > -1) return 'flat';
  if (r > -2) return 'down45';
  if (r > -3) return 'down';
  return 'down2';
}

/**
 * Urgency for sorting the board: open (unacknowledged) alerts dominate by priority,
 * acknowledged ones count less, and silence counts (no data for 30 min ranks like a
 * medium alert: a tile that stopped updating is itself a finding).
 */
export function urgencyOf(open: { high: number; medium: number; low: number }, acknowledged: { high: number; medium: number; low: number }, minutesSinceData: number | null): number {
  const silent = minutesSinceData === null ? 0 : minutesSinceData >= 30 ? 100 : minutesSinceData >= 15 ? 10 : 0;
  return open.high * 10_000 + open.medium * 1_000 + open.low * 100 + acknowledged.high * 50 + acknowledged.medium * 20 + acknowledged.low * 5 + silent;
}

/**
 * The clinic board for these subjects, most urgent first (ties: name). `settings` (the
 * subject's) gives each tile its stale limit (the signal-loss warning minutes).
 */
export function kioskBoard(deps: CoreDeps, store: AlertStore, subjects: Array<{ id: string; name: string; kind: SubjectKind; settings?: Record<string, unknown> }>): KioskBoard {
  const now = deps.clock.now();
  const c = deps.db.$client;
  const latestStmt = c.prepare<[string, string, number], { t: number; value: number }>(`SELECT t, value FROM observations WHERE subject_id = ? AND metric = ? AND t <= ? ORDER BY t DESC LIMIT 12`);
  const newestStmt = c.prepare<[string, string, number], number | null>(`SELECT MAX(t) FROM observations WHERE subject_id = ? AND metric = ? AND t <= ?`).pluck();
  // The newest reading per metric (migration 0014): metrics with nothing in the last day
  // are skipped without touching the history. A newest one stamped past `now + 1 min`
  // (a device clock ahead) is not what the board shows, so that metric is read from the
  // history as before.
  const newestByMetric = c.prepare<[string], [string, number]>(`SELECT metric, t FROM latest_observations WHERE subject_id = ?`).raw();
  const standing = store.standingOf(subjects.map((s) => s.id));
  const tiles: KioskTile[] = subjects.map((s) => {
    const latest: KioskTile['latest'] = [];
    let lastData: number | null = null;
    const known = new Map(newestByMetric.all(s.id));
    const newestOf = (metric: string): number | null => {
      const t = known.get(metric);
      if (t === undefined) return null;
      return t <= now + MIN ? t : (newestStmt.get(s.id, metric, now + MIN) ?? null);
    };
    for (const metric of TILE_METRICS) {
      const top0 = newestOf(metric);
      if (top0 === null || top0 < now - RECENT_MS) continue;
      const rows = latestStmt.all(s.id, metric, now + MIN);
      const top = rows[0];
      if (!top || top.t < now - RECENT_MS) continue;
      lastData = Math.max(lastData ?? 0, top.t);
      const recent = rows.filter((r) => r.t > top.t - 15 * MIN);
      let rate: number | null = null;
      if (metric === 'glucose') rate = glucoseTrend(recent, top.t, { windowMin: 15, horizonMin: 5 })?.slope ?? null;
      else if (recent.length >= 2) {
        const first = recent[recent.length - 1]!;
        if (top.t - first.t >= 5 * MIN) rate = (top.value - first.value) / ((top.t - first.t) / MIN);
      }
      latest.push({ metric, value: top.value, unit: unitOf(metric), t: iso(top.t), trend: rate === null ? null : trendArrow(metric, rate), rate_per_min: rate === null ? null : Math.round(rate * 100) / 100 });
    }
    const mine = standing.filter((a) => a.subject_id === s.id);
    const count = (state: string) => ({
      high: mine.filter((a) => a.state === state && a.priority === 'high').length,
      medium: mine.filter((a) => a.state === state && a.priority === 'medium').length,
      low: mine.filter((a) => a.state === state && a.priority === 'low').length,
    });
    const open = count('open');
    const acked = count('acknowledged');
    const alerts = [...mine]
      .sort((a, b) => (a.state === b.state ? 0 : a.state === 'open' ? -1 : 1) || PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || b.raised_at - a.raised_at)
      .slice(0, 6)
      .map(toAlert);
    const minutes = lastData === null ? null : (now - lastData) / MIN;
    // The tile shows the last day's values, but "last data" is the newest reading of any
    // metric and any age: a person with data never reads as "no data yet".
    let newest: number | null = null;
    for (const metric of DATA_METRICS) {
      const t = newestOf(metric);
      if (t !== null && (newest === null || t > newest)) newest = t;
    }
    return {
      subject: { id: s.id, name: s.name, kind: s.kind },
      latest,
      open,
      alerts,
      last_data_at: newest === null ? null : iso(newest),
      stale_after_min: resolveSettings(s.settings).signal_loss_warn_min,
      urgency: urgencyOf(open, acked, minutes),
    };
  });
  tiles.sort((a, b) => b.urgency - a.urgency || a.subject.name.localeCompare(b.subject.name));
  return { at: iso(now), tiles };
}
