/**
 * A day at a glance: per local calendar day, the readings, sensor time, time in ranges and
 * the Glycemia Risk Index with its zone (Klonoff et al., J Diabetes Sci Technol
 * 2022;17:1226 — the validated form of a "daily score": zone A is GRI 0–20, the lowest
 * risk, then B 20–40, C 40–60, D 60–80, E 80–100).
 *
 * Days are the person's local calendar days in `timeZone` (23 or 25 hours long at a
 * daylight-saving change); a day cut by the window's start or end counts only its part
 * inside the window, so its sensor time is of that part.
 */
import { localToUtcMs, zoneOffsetMs } from '../imports/zoned-time';
import { glycemiaRiskIndex } from './metrics';

const MIN_MS = 60_000;
const DAY_MS = 86_400_000;
/** Days summarised at most (the last ones of the window). */
export const MAX_DAYS = 366;

export type GriZone = 'A' | 'B' | 'C' | 'D' | 'E';

export interface DailySummary {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Readings that day. */
  n: number;
  /** % of the readings expected at the sensor interval over the day's part in the window (≤ 100). */
  active_percent: number;
  /** % of readings 70–180 mg/dL; null without readings (as below_70, above_180, gri). */
  in_range_70_180: number | null;
  below_70: number | null;
  above_180: number | null;
  gri: number | null;
  gri_zone: GriZone | null;
}

/** Klonoff 2022's zones: A ≤ 20 < B ≤ 40 < C ≤ 60 < D ≤ 80 < E. */
export function griZone(gri: number): GriZone {
  if (gri <= 20) return 'A';
  if (gri <= 40) return 'B';
  if (gri <= 60) return 'C';
  if (gri <= 80) return 'D';
  return 'E';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of an instant in `zone`. */
function localDate(zone: string, utcMs: number): { y: number; m: number; d: number } {
  const local = new Date(utcMs + zoneOffsetMs(zone, utcMs));
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() };
}

/**
 * One row per local day from the day of `from` to the day of `to − 1` (at most the last
 * `MAX_DAYS`), oldest first, days without readings included (n 0). `t` epoch ms sorted
 * ascending, `v` mg/dL.
 */
export function dailySummaries(
  t: ArrayLike<number>,
  v: ArrayLike<number>,
  opts: { from: number; to: number; timeZone?: string; intervalMin: number },
): DailySummary[] {
  const zone = opts.timeZone ?? 'UTC';
  const out: DailySummary[] = [];
  // At most the last year of a long window: a row a day is for looking at, not for archives.
  const from = Math.max(opts.from, opts.to - MAX_DAYS * DAY_MS);
  let { y, m, d } = localDate(zone, from);
  let i = 0;
  // Readings before the window are skipped.
  while (i < t.length && t[i]! < from) i++;
  for (let guard = 0; guard <= MAX_DAYS + 1; guard++) {
    const dayStart = localToUtcMs(zone, y, m, d);
    if (dayStart >= opts.to) break;
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    const ny = next.getUTCFullYear();
    const nm = next.getUTCMonth() + 1;
    const nd = next.getUTCDate();
    const dayEnd = localToUtcMs(zone, ny, nm, nd);
    const lo = Math.max(dayStart, from);
    const hi = Math.min(dayEnd, opts.to);
    let n = 0;
    let c70 = 0;
    let c54 = 0;
    let c180 = 0;
    let c250 = 0;
    while (i < t.length && t[i]! < hi) {
      const x = v[i]!;
      if (t[i]! >= lo && Number.isFinite(x) && x > 0) {
        n++;
        if (x < 70) {
          c70++;
          if (x < 54) c54++;
        } else if (x > 180) {
          c180++;
          if (x > 250) c250++;
        }
      }
      i++;
    }
    const expected = (hi - lo) / (opts.intervalMin * MIN_MS);
    const row: DailySummary = {
      date: `${y}-${pad(m)}-${pad(d)}`,
      n,
      active_percent: expected > 0 ? Math.min(100, (100 * n) / expected) : 0,
      in_range_70_180: null,
      below_70: null,
      above_180: null,
      gri: null,
      gri_zone: null,
    };
    if (n > 0) {
      const pct = (c: number) => (100 * c) / n;
      row.below_70 = pct(c70);
      row.above_180 = pct(c180);
      row.in_range_70_180 = 100 - row.below_70 - row.above_180;
      const { gri } = glycemiaRiskIndex({ veryLow: pct(c54), low: pct(c70 - c54), high: pct(c180 - c250), veryHigh: pct(c250) });
      row.gri = gri;
      row.gri_zone = griZone(gri);
    }
    out.push(row);
    y = ny;
    m = nm;
    d = nd;
    if (dayEnd - dayStart > 2 * DAY_MS) break;
  }
  return out;
}
