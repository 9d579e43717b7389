/**
 * Every date and time the screens show, in one zone: the signed-in account's saved time zone
 * (`auth.me` `time_zone`, IANA), or this computer's when the account has none. A clinician
 * in Lisbon looking at a patient in Auckland through the hub sets Pacific/Auckland once and
 * every screen (dashboard, day chart, alerts, daily metrics, dose panel, import) agrees; the
 * per-day maths the hub does for these screens is asked for in the same zone (`displayZone`).
 */
let zone: string | undefined;

type When = number | string | Date;
const ms = (t: When) => (t instanceof Date ? t.getTime() : typeof t === 'string' ? Date.parse(t) : t);

/** Sets the zone the screens show (null: this computer's). An unknown name falls back to this computer's. */
export function setDisplayZone(z: string | null | undefined): void {
  if (!z) {
    zone = undefined;
    return;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    zone = z;
  } catch {
    zone = undefined;
  }
}

/** The IANA name of the zone the screens show. */
export function displayZone(): string {
  return zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone ?? ''}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(undefined, { ...opts, ...(zone ? { timeZone: zone } : {}) })));
  return f;
}

/** "14:05" (or the locale's 2:05 PM). */
export const fmtTime = (t: When) => formatter({ hour: '2-digit', minute: '2-digit' }).format(ms(t));
/** "14:05" on a 24-hour clock whatever the locale (chart axes, where labels must stay short). */
export const fmtTime24 = (t: When) => formatter({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms(t));
/** "14:05:09": where seconds matter (a sync failing since, the forecast's points). */
export const fmtTimeSeconds = (t: When) => formatter({ hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(ms(t));
/** "3 Mar, 14:05". */
export const fmtStamp = (t: When) => formatter({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(ms(t));
/** The full date and time, as `toLocaleString` would give it, in the display zone. */
export const fmtDateTime = (t: When) => formatter({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(ms(t));
/** "3 Mar 2026". */
export const fmtDate = (t: When) => formatter({ day: 'numeric', month: 'short', year: 'numeric' }).format(ms(t));
/** "3 Mar". */
export const fmtDayMonth = (t: When) => formatter({ day: 'numeric', month: 'short' }).format(ms(t));
/** "Tue 3 Mar". */
export const fmtWeekday = (t: When) => formatter({ weekday: 'short', day: 'numeric', month: 'short' }).format(ms(t));
/** "Tue". */
export const fmtWeekdayShort = (t: When) => formatter({ weekday: 'short' }).format(ms(t));

const partsCache = new Map<string, Intl.DateTimeFormat>();
/** Wall-clock fields of `at` in `zone` (undefined: the display zone), 24-hour clock. */
function wallParts(at: number, zoneName: string | undefined): Record<string, string> {
  const key = zoneName ?? `display|${zone ?? ''}`;
  let f = partsCache.get(key);
  if (!f) {
    const z = zoneName ?? zone;
    partsCache.set(key, (f = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', ...(z ? { timeZone: z } : {}) })));
  }
  return Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value])) as Record<string, string>;
}

/**
 * The calendar day "YYYY-MM-DD" and minute of the day (0–1439) of a time in the IANA `zone`
 * (a report names its own zone; the screens use `localDay`).
 */
export function localDayIn(zoneName: string | undefined, t: When): { key: string; minute: number } {
  const p = wallParts(ms(t), zoneName);
  return { key: `${p.year}-${p.month}-${p.day}`, minute: (Number(p.hour) % 24) * 60 + Number(p.minute) };
}

/** Minutes the IANA `zone` is ahead of UTC at `t` (its own offset then: summer or winter). */
export function zoneOffsetMin(zoneName: string | undefined, t: When): number {
  const at = ms(t);
  const p = wallParts(at, zoneName);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

/**
 * The instant of local midnight starting the calendar day "YYYY-MM-DD" in `zone`. A zone
 * whose clocks change at midnight (a day with no 00:00) starts that day at the first
 * instant after the change.
 */
export function startOfDayIn(zoneName: string | undefined, day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  // The offset at midnight may differ from the offset an hour before (a DST change): settle it.
  let t = wall - zoneOffsetMin(zoneName, wall) * 60_000;
  t = wall - zoneOffsetMin(zoneName, t) * 60_000;
  // A skipped midnight (clocks jump from 23:59 to 01:00) settles on the new offset, an instant
  // still in the day before: read on the old offset it is the change itself, the day's first instant.
  if (localDayIn(zoneName, t).key !== day) t = wall - zoneOffsetMin(zoneName, t - 3_600_000) * 60_000;
  return t;
}

/** The calendar day "YYYY-MM-DD" and minute of the day (0–1439) of a time, in the display zone. */
export const localDay = (t: When): { key: string; minute: number } => localDayIn(undefined, t);

/** Minutes the display zone is ahead of UTC at `t` (for the APIs that take a fixed `utc_offset_min`). */
export const displayOffsetMin = (t: When = Date.now()): number => zoneOffsetMin(undefined, t);

/** The calendar day after "YYYY-MM-DD". */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Midnight after the calendar day "YYYY-MM-DD" in the display zone (ms): the end of that local day. */
export const endOfDay = (day: string): number => startOfDayIn(undefined, nextDay(day));
