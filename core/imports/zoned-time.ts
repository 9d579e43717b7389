/**
 * Wall-clock time in an IANA zone ↔ UTC instants, with no dependency beyond `Intl`.
 *
 * Dexcom Clarity and LibreView export the device's local wall-clock time with no offset,
 * so an importer has to be told (or guess) the zone the readings were taken in. Tend
 * takes an IANA zone (`Europe/Paris`) and defaults to the machine's own zone.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Offsets are cached per quarter-hour: every tz-database transition since 1970 falls on one. */
const BUCKET_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

/** The machine's IANA zone (`Intl`'s resolved zone), or `UTC` when it has none. */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** True when `zone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Throws RangeError for an unknown zone: callers turn that into a bad-input error.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
    offsetCache.set(zone, new Map());
  }
  return f;
}

/** Offset of `zone` from UTC at the instant `utcMs`, in ms (local = UTC + offset). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  const f = formatterFor(zone);
  const cache = offsetCache.get(zone)!;
  const bucket = Math.floor(utcMs / BUCKET_MS);
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const at = bucket * BUCKET_MS;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  const off = wall - at;
  if (cache.size > 100_000) cache.clear();
  cache.set(bucket, off);
  return off;
}

/**
 * The UTC instant of a local wall-clock time in `zone`.
 *
 * Rules at daylight-saving transitions: a time that happens twice (the repeated hour in
 * autumn) is read as the first occurrence, the earlier instant; a time that never
 * happens (the skipped hour in spring) is read with the offset in force before the
 * change, so 02:30 on a spring-forward night becomes 03:30 local. Months are 1-based.
 */
export function localToUtcMs(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (zone === 'UTC' || zone === 'Etc/UTC') return wall;
  const before = zoneOffsetMs(zone, wall - DAY_MS);
  const after = zoneOffsetMs(zone, wall + DAY_MS);
  let best: number | null = null;
  for (const o of [before, zoneOffsetMs(zone, wall), after]) {
    const c = wall - o;
    if (zoneOffsetMs(zone, c) === o && (best === null || c < best)) best = c;
  }
  return best ?? wall - before;
}

/** Hour of day (0–23) of the instant `utcMs` in `zone`. */
export function localHour(zone: string, utcMs: number): number {
  const local = utcMs + zoneOffsetMs(zone, utcMs);
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}
