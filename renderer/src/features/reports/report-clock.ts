/**
 * The clock a printed report is drawn on. A report names its zone (the account's IANA
 * zone, `America/New_York`): every reading and every heading uses the offset in force at
 * its own instant, and a local day runs from its midnight to the next one, 23 or 25 hours
 * across a daylight-saving change. Old callers that sent only `utc_offset_min` get the
 * fixed clock they asked for. The zone arithmetic is the screens' (app/time-format.ts).
 */
import { localDayIn, nextDay, startOfDayIn, zoneOffsetMin } from '../../app/time-format';

export type ReportClock = { zone: string } | { offsetMin: number };

const MIN = 60_000;
const HOUR = 3_600_000;

/** Minutes east of UTC on the report's clock at the instant `t` (ms). */
export function offsetAt(clock: ReportClock, t: number): number {
  return 'zone' in clock ? zoneOffsetMin(clock.zone, t) : clock.offsetMin;
}

/** `YYYY-MM-DD HH:MM:SS` of `t` on the report's clock, at `t`'s own offset. */
const wall = (clock: ReportClock, t: number): string => new Date(t + offsetAt(clock, t) * MIN).toISOString().slice(0, 19).replace('T', ' ');

/** `YYYY-MM-DD` of the instant `t`. */
export const dateOn = (clock: ReportClock, t: number): string => ('zone' in clock ? localDayIn(clock.zone, t).key : wall(clock, t).slice(0, 10));
/** `HH:MM:SS` of the instant `t`. */
export const clockOn = (clock: ReportClock, t: number): string => wall(clock, t).slice(11, 19);
/** `YYYY-MM-DD HH:MM` of the instant `t`. */
export const minuteOn = (clock: ReportClock, t: number): string => wall(clock, t).slice(0, 16);

/** The instant the local calendar day `day` (YYYY-MM-DD) begins. */
export function dayStart(clock: ReportClock, day: string): number {
  return 'zone' in clock ? startOfDayIn(clock.zone, day) : Date.parse(`${day}T00:00:00Z`) - clock.offsetMin * MIN;
}

export interface LocalDay {
  /** YYYY-MM-DD */
  day: string;
  /** ms: its local midnight. */
  start: number;
  /** ms: the next local midnight (start + 23, 24 or 25 hours). */
  end: number;
}

/** Every local calendar day touching [from, to), oldest first, each [midnight, next midnight). */
export function localDays(clock: ReportClock, from: number, to: number): LocalDay[] {
  const days: LocalDay[] = [];
  if (!(to > from)) return days;
  let day = dateOn(clock, from);
  let start = dayStart(clock, day);
  // A period over years is not a report anyone prints; the bound keeps a bad request finite.
  for (let guard = 0; start < to && guard < 3700; guard++) {
    const next = nextDay(day);
    const end = dayStart(clock, next);
    days.push({ day, start, end });
    day = next;
    start = end;
  }
  return days;
}

/** Hours in a local day other than 24 (a daylight-saving change), else null. */
export function unusualHours(d: LocalDay): number | null {
  const h = (d.end - d.start) / HOUR;
  return Math.abs(h - 24) < 1e-9 ? null : h;
}

/** `UTC+01:00`, `UTC−05:30`. */
export function offsetName(offsetMin: number): string {
  const a = Math.abs(offsetMin);
  return `UTC${offsetMin >= 0 ? '+' : '−'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** What the page says about its times: `Times in America/New_York` or `Times on UTC+01:00`. */
export const clockSentence = (clock: ReportClock): string => ('zone' in clock ? `Times in ${clock.zone}` : `Times on ${offsetName(clock.offsetMin)}`);


/**
 * The IANA zone the metrics procedures take for this clock: the report's zone, or for a
 * whole-hour fixed offset its `Etc/GMT` zone (POSIX signs: `Etc/GMT+5` is UTC−05:00); a
 * fixed half-hour offset has none (undefined: the caller's saved zone).
 */
export function metricsZone(clock: ReportClock): string | undefined {
  if ('zone' in clock) return clock.zone;
  if (clock.offsetMin === 0) return 'UTC';
  if (clock.offsetMin % 60 !== 0 || clock.offsetMin < -720 || clock.offsetMin > 840) return undefined;
  return `Etc/GMT${clock.offsetMin > 0 ? '-' : '+'}${Math.abs(clock.offsetMin / 60)}`;
}
