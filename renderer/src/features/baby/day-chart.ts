import { fmtTime24, fmtWeekdayShort, localDay, zoneOffsetMin } from '../../app/time-format';

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
const STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440];
const MIN = 60_000;
/** How often the zone's offset is sampled across a span: no zone changes clocks twice within 3 hours. */
const OFFSET_SAMPLE_MS = 3 * 3600_000;

/**
 * Ticks for a time axis over [from, to] (ms): at most `max`, on round wall-clock times in the
 * screens' zone (minutes after that day's local midnight that are a multiple of the step, as
 * the clock on the wall shows them), so across a daylight-saving change, whether the clock
 * moves an hour or 30 minutes, on the hour or not, every tick still reads 02:00, 04:00…: a
 * time the clock skips gets no tick, and a time the clock shows twice gets one, at its first
 * instant, so `hh:mm` labels never repeat. Over more than 20 hours the labels carry the
 * weekday too (`timeLabel`), so 06:00 yesterday and 06:00 today differ.
 */
export function timeTicks(from: number, to: number, max = 8): number[] {
  if (!(to > from)) return [];
  const spanMin = (to - from) / MIN;
  // The offsets in force over the span (two across a change): each round wall time is tried at each.
  const offsets = new Set<number>([zoneOffsetMin(undefined, from), zoneOffsetMin(undefined, to)]);
  const samples = Math.min(400, Math.ceil((to - from) / OFFSET_SAMPLE_MS));
  for (let i = 1; i < samples; i++) offsets.add(zoneOffsetMin(undefined, from + ((to - from) * i) / samples));
  const first = STEPS_MIN.findIndex((s) => spanMin / s <= max);
  let ticks: number[] = [];
  for (const stepMin of first < 0 ? [1440] : STEPS_MIN.slice(first)) {
    ticks = wallTicks(from, to, stepMin * MIN, offsets);
    if (ticks.length <= max) return ticks;
  }
  // Longer than `max` days: every k-th midnight.
  const k = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % k === 0);
}

/** The instants in [from, to] whose wall clock in the screens' zone is a multiple of `step` after midnight, each wall time once. */
function wallTicks(from: number, to: number, step: number, offsets: ReadonlySet<number>): number[] {
  const found = new Map<string, number>();
  for (const off of offsets) {
    const o = off * MIN;
    // Wall times as if UTC: a multiple of the step here is a multiple after the local midnight (steps divide a day).
    for (let w = Math.ceil((from + o) / step) * step; w - o <= to; w += step) {
      const t = w - o;
      // Only an instant that really shows `w` on the clock: at a change one of the offsets gives a time that is not.
      if (t < from || zoneOffsetMin(undefined, t) !== off) continue;
      const d = localDay(t);
      const key = `${d.key} ${d.minute}`;
      const seen = found.get(key);
      if (seen === undefined || t < seen) found.set(key, t);
    }
  }
  return [...found.values()].sort((a, b) => a - b);
}

/** The label for a tick of `timeTicks(from, to)`. */
export function timeLabel(t: number, from: number, to: number): string {
  const d = new Date(t);
  const hm = fmtTime24(d);
  return to - from > 20 * 3600_000 ? `${fmtWeekdayShort(d)} ${hm}` : hm;
}
