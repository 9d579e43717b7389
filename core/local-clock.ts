/**
 * The clock a procedure reads local days and times on: the caller's IANA zone (each instant
 * at the offset in force then, so a local day runs midnight to midnight, 23 or 25 hours
 * across a daylight-saving change), or, for callers from before zones, one fixed offset.
 * The zone arithmetic is imports/zoned-time.ts (Intl only).
 */
import { isValidTimeZone, localToUtcMs, zoneOffsetMs } from './imports/zoned-time';
import type { Core } from './core-types';

export type LocalClock = { zone: string } | { offsetMin: number };

const MIN = 60_000;

/**
 * The clock of a request: its `time_zone`, else its `utc_offset_min` (a fixed clock, for
 * old callers), else the caller's saved zone (`auth.me` `time_zone`), else UTC.
 */
export function requestClock(core: Core, userId: string | undefined, q: { time_zone?: string | undefined; utc_offset_min?: number | undefined }): LocalClock {
  if (q.time_zone !== undefined) return { zone: q.time_zone };
  if (q.utc_offset_min !== undefined) return { offsetMin: q.utc_offset_min };
  const saved = userId ? core.auth.profile(userId).time_zone : null;
  return saved && isValidTimeZone(saved) ? { zone: saved } : { offsetMin: 0 };
}

/** Minutes east of UTC on the clock at the instant `t`. */
export const offsetMinAt = (clock: LocalClock, t: number): number => ('zone' in clock ? Math.round(zoneOffsetMs(clock.zone, t) / MIN) : clock.offsetMin);

/** The IANA zone, or null for a fixed clock. */
export const zoneOf = (clock: LocalClock): string | null => ('zone' in clock ? clock.zone : null);

/** `YYYY-MM-DDTHH:MM` on the clock of the instant `t`, at `t`'s own offset. */
export const wallAt = (clock: LocalClock, t: number): string => new Date(t + offsetMinAt(clock, t) * MIN).toISOString().slice(0, 16);

/** The instant of wall time y-mo-d h:mi (month 1-based; d may run past the month). Repeated times read as the first, skipped ones at the old offset. */
export function wallToUtc(clock: LocalClock, y: number, mo: number, d: number, h = 0, mi = 0): number {
  if ('zone' in clock) return localToUtcMs(clock.zone, y, mo, d, h, mi);
  return Date.UTC(y, mo - 1, d, h, mi) - clock.offsetMin * MIN;
}

/** [from, to) of the local date "YYYY-MM-DD": its midnight to the next (23, 24 or 25 hours in a zone), or NaN for a non-date. */
export function localDayBounds(clock: LocalClock, date: string): { from: number; to: number } {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  // Date.UTC would roll 2026-02-31 over into March: only a real calendar date is a day.
  const real = new Date(Date.UTC(y, mo - 1, d)).toISOString().slice(0, 10) === date;
  if (!real) return { from: Number.NaN, to: Number.NaN };
  return { from: wallToUtc(clock, y, mo, d), to: wallToUtc(clock, y, mo, d + 1) };
}
