import { fmtTime24, fmtWeekdayShort, localDay } from '../../app/time-format';

/**
 * The pure parts of the baby's day chart (timeline.tsx): where a series has a gap, and
 * time ticks whose labels never repeat.
 */

/** A point of one series; `v: null` marks a gap, where the line must break. */
export interface SeriesPoint {
  t: number;
  v: number | null;
}

/** Shortest silence taken as a gap, ms: sensors here report every minute or faster. */
export const MIN_GAP_MS = 5 * 60_000;

/**
 * Inserts a `null` point wherever two neighbours are further apart than a gap: the larger
 * of 5 minutes and three times the series' median spacing, so a sensor that reports every
 * 10 minutes is not drawn as dashes, and a night without readings is never bridged by a
 * straight line. Points must be sorted by time.
 */
export function withGaps(points: ReadonlyArray<{ t: number; v: number }>): SeriesPoint[] {
  if (points.length < 2) return points.map((p) => ({ ...p }));
  const steps = points.slice(1).map((p, i) => p.t - points[i]!.t).sort((a, b) => a - b);
  const median = steps[Math.floor(steps.length / 2)]!;
  const gap = Math.max(MIN_GAP_MS, 3 * median);
  const out: SeriesPoint[] = [{ ...points[0]! }];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const p = points[i]!;
    if (p.t - prev.t > gap) out.push({ t: Math.round((prev.t + p.t) / 2), v: null });
    out.push({ ...p });
  }
  return out;
}

/** Tick steps tried, minutes: each a divisor of a day, so ticks fall on round clock times. */
const STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720];

/**
 * Ticks for a time axis over [from, to] (ms): at most `max`, on round clock times in the
 * screens' zone (a multiple of the step from that zone's midnight), at least a minute apart, so labels of
 * `hh:mm` never repeat within a day. Over more than 20 hours the labels carry the weekday
 * too (`timeLabel`), so 06:00 yesterday and 06:00 today differ.
 */
export function timeTicks(from: number, to: number, max = 8): number[] {
  if (!(to > from)) return [];
  const spanMin = (to - from) / 60_000;
  const step = (STEPS_MIN.find((s) => spanMin / s <= max) ?? 1440) * 60_000;
  // Midnight of `from`'s day in the screens' zone (the account's, not the browser's).
  const midnight = from - (localDay(from).minute * 60_000 + (((from % 60_000) + 60_000) % 60_000));
  const ticks: number[] = [];
  for (let t = midnight + Math.ceil((from - midnight) / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** The label for a tick of `timeTicks(from, to)`. */
export function timeLabel(t: number, from: number, to: number): string {
  const d = new Date(t);
  const hm = fmtTime24(d);
  return to - from > 20 * 3600_000 ? `${fmtWeekdayShort(d)} ${hm}` : hm;
}
