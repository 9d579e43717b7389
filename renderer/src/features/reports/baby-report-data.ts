/**
 * The baby report's arithmetic, kept apart from the page so it can be tested without a
 * browser: local days and clock times on the report's clock, cry episode totals, time at
 * or above the fever threshold, time in the room's range and alerts grouped by kind.
 */
import type { CryEpisode } from '../../../../api/baby';
import type { Alert } from '../../../../api/schemas';
import { clockOn, dateOn, dayStart, minuteOn, offsetName, type ReportClock } from './report-clock';

export const MIN = 60_000;
export const DAY = 86_400_000;

/**
 * A body-temperature reading stands for the baby's temperature until the next reading,
 * but for at most this long (min): a single check-in at 38.4 °C counts 15 minutes of
 * fever, a thermometer reading every minute counts each minute.
 */
export const FEVER_HOLD_MIN = 15;

/** One bucket of `observations.timeseries` with its start in ms. */
export interface Point {
  t: number;
  avg: number;
  min: number;
  max: number;
  count: number;
}

/** `YYYY-MM-DD` on the report's clock (its zone, at the instant's own offset). */
export const localDate = (ms: number, clock: ReportClock): string => dateOn(clock, ms);
/** `HH:MM:SS` on that clock. */
export const localClock = (ms: number, clock: ReportClock): string => clockOn(clock, ms);
/** `YYYY-MM-DD HH:MM` on that clock. */
export const localMinute = (ms: number, clock: ReportClock): string => minuteOn(clock, ms);
/** The instant the local day holding `ms` began (its midnight). */
export const localDayStart = (ms: number, clock: ReportClock): number => dayStart(clock, dateOn(clock, ms));

/** How the page names its clock: `times in Europe/Berlin`, or an old caller's fixed `clock UTC+01:00`. */
export const clockName = (clock: ReportClock): string => ('zone' in clock ? `times in ${clock.zone}` : `clock ${offsetName(clock.offsetMin)}`);

/** `45 s`, `3 min 05 s`, `15 min`, `1 h 02 min`. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s / 60} min`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/**
 * The bucket width (minutes) for a series over `periodMs`: the finest of the usual widths
 * at or above `finest` that keeps the series under `maxBuckets` (the timeseries procedure
 * refuses more than 100,000).
 */
export function bucketMinutes(periodMs: number, finest: number, maxBuckets: number): number {
  for (const m of [1, 5, 10, 15, 30, 60, 180, 360, 1440]) if (m >= finest && periodMs / (m * MIN) <= maxBuckets) return m;
  return 1440;
}

/** An episode's length in ms; one still open counts as nothing yet. */
export const episodeMs = (e: CryEpisode): number => (e.end ? Math.max(0, Date.parse(e.end) - Date.parse(e.start)) : 0);

export interface EpisodeSummary {
  count: number;
  /** ms, whole episodes (including any part outside the period). */
  totalMs: number;
  longest: CryEpisode | null;
  /** Episodes still going on (no end yet). */
  open: number;
}

export function summariseEpisodes(episodes: readonly CryEpisode[]): EpisodeSummary {
  let totalMs = 0;
  let longest: CryEpisode | null = null;
  let open = 0;
  for (const e of episodes) {
    totalMs += episodeMs(e);
    if (!e.end) open++;
    // Ties go to the earliest, so the answer does not depend on the order episodes arrive in.
    if (!longest || episodeMs(e) > episodeMs(longest) || (episodeMs(e) === episodeMs(longest) && Date.parse(e.start) < Date.parse(longest.start))) longest = e;
  }
  return { count: episodes.length, totalMs, longest, open };
}

/**
 * Time at or above `feverC` (ms): each reading (bucket maximum, so a short peak is not
 * averaged away) holds until the next one, at most `FEVER_HOLD_MIN`, and never past `end`.
 */
export function feverMs(points: readonly Point[], feverC: number, end: number): number {
  let ms = 0;
  points.forEach((p, i) => {
    if (p.max < feverC) return;
    const next = i + 1 < points.length ? points[i + 1]!.t : end;
    ms += Math.max(0, Math.min(next, end, p.t + FEVER_HOLD_MIN * MIN) - p.t);
  });
  return ms;
}

/** The reading (bucket) with the highest maximum, or null. */
export function peak(points: readonly Point[]): Point | null {
  let best: Point | null = null;
  for (const p of points) if (!best || p.max > best.max) best = p;
  return best;
}

/** Share (0–1) of buckets whose mean lies in [lo, hi]; null without buckets. */
export function inRangeShare(points: readonly Point[], lo: number, hi: number): number | null {
  if (!points.length) return null;
  return points.filter((p) => p.avg >= lo && p.avg <= hi).length / points.length;
}

/** Local dates (ascending) on which anything was recorded. */
export function daysWithData(times: Iterable<number>, clock: ReportClock): string[] {
  const days = new Set<string>();
  for (const t of times) days.add(localDate(t, clock));
  return [...days].sort();
}

/** Names a parent and a paediatrician read, for the alert kinds the baby monitor raises. */
const ALERT_NAMES: Record<string, string> = {
  may_be_ill: 'May be ill (crying with a fever)',
  fever: 'Fever',
  cry_episode: 'Crying',
  room_temperature_low: 'Room too cold',
  room_temperature_high: 'Room too warm',
  humidity_low: 'Air too dry',
  humidity_high: 'Air too humid',
  audio_lost: 'Cry monitoring stopped',
  mic_silent: 'Microphone gives no sound',
};
const METRIC_NAMES: Record<string, string> = {
  body_temperature: 'body temperature',
  room_temperature: 'room temperature',
  humidity: 'humidity',
  cry_probability: 'cry probability',
  heart_rate: 'heart rate',
  spo2: 'oxygen saturation',
};
/** The baby kinds first, in this order; any other kind follows, by name. */
const ORDER = Object.keys(ALERT_NAMES);

/** A readable name for an alert kind (another rule's kind is spelled out). */
export function alertName(kind: string, metric: string | null): string {
  const known = ALERT_NAMES[kind];
  if (known) return known;
  const m = metric ? METRIC_NAMES[metric] ?? metric.replace(/_/g, ' ') : null;
  if (kind === 'above_threshold' && m) return `Threshold: ${m} too high`;
  if (kind === 'below_threshold' && m) return `Threshold: ${m} too low`;
  const words = kind.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1) + (m ? ` (${m})` : '');
}

export interface AlertGroup {
  kind: string;
  name: string;
  /** The highest priority among them. */
  priority: Alert['priority'];
  count: number;
  /** ms */
  first: number;
  last: number;
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

/** Alerts grouped by kind (and metric, for the generic threshold kinds). */
export function groupAlerts(alerts: readonly Alert[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const a of alerts) {
    const name = alertName(a.kind, a.metric);
    const t = Date.parse(a.raised_at);
    const g = groups.get(name);
    if (!g) groups.set(name, { kind: a.kind, name, priority: a.priority, count: 1, first: t, last: t });
    else {
      g.count++;
      g.first = Math.min(g.first, t);
      g.last = Math.max(g.last, t);
      if (RANK[a.priority] < RANK[g.priority]) g.priority = a.priority;
    }
  }
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  return [...groups.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name));
}

/**
 * Runs of a series for drawing: a new run starts where two buckets are more than `gapMs`
 * apart, so a line never bridges a time without readings.
 */
export function runs<T extends { t: number }>(points: readonly T[], gapMs: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  for (const p of points) {
    if (cur.length && p.t - cur[cur.length - 1]!.t > gapMs) {
      out.push(cur);
      cur = [];
    }
    cur.push(p);
  }
  if (cur.length) out.push(cur);
  return out;
}
