/**
 * Time handling for the Dexcom API v3.
 *
 * Dexcom's query parameters (`startDate`, `endDate`, `lastSyncTime`) are UTC written as
 * `YYYY-MM-DDThh:mm:ss` with no offset and no fraction (developer.dexcom.com, endpoint
 * pages: "Example: startDate=2022-02-06T09:12:35"). Record times (`systemTime`,
 * `displayTime`) carry an offset when they come from a phone app and none when they
 * come from a receiver ("records sourced from receivers will not have UTC offsets");
 * `systemTime` is nominally UTC in both cases, so a missing offset means UTC.
 */

export const SECOND_MS = 1000;
export const DAY_MS = 86_400_000;
/** The widest window one Dexcom data request may ask for: 30 days. */
export const MAX_WINDOW_MS = 30 * DAY_MS;

/** A half-open time window `[start, end)`, both in ms since the Unix epoch (UTC). */
export interface TimeWindow {
  start: number;
  end: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Formats ms since epoch as Dexcom's query time: UTC `YYYY-MM-DDThh:mm:ss` (seconds floored). */
export function toDexcomTime(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${ms}`);
  const d = new Date(Math.floor(ms / SECOND_MS) * SECOND_MS);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

const DEXCOM_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** True for an ISO 8601 date-time as Dexcom writes it, with or without an offset. */
export function isDexcomTime(s: string): boolean {
  return parseDexcomTimeOrNull(s) !== null;
}

/** Parses a Dexcom record time; a time without an offset is UTC. Null when malformed. */
export function parseDexcomTimeOrNull(s: string): number | null {
  const m = DEXCOM_TIME.exec(s);
  if (!m) return null;
  let offset = m[2] ?? 'Z';
  // Date.parse only reliably reads `+hh:mm`; Dexcom may write `+hhmm`.
  if (offset !== 'Z' && offset.length === 5) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const ms = Date.parse(`${m[1]}${offset}`);
  return Number.isNaN(ms) ? null : ms;
}

/** Parses a Dexcom record time (see {@link parseDexcomTimeOrNull}); throws when malformed. */
export function parseDexcomTime(s: string): number {
  const ms = parseDexcomTimeOrNull(s);
  if (ms === null) throw new RangeError(`not an ISO 8601 date-time: "${s}"`);
  return ms;
}

/**
 * Splits `[start, end)` into consecutive windows no longer than `maxMs` (30 days by
 * default), in order. Bounds are widened to whole seconds (start floored, end ceiled)
 * because Dexcom's query format has no fraction, so each window's bounds survive
 * formatting unchanged. Returns an empty list when `end <= start`.
 */
export function chunkWindow(start: number, end: number, maxMs: number = MAX_WINDOW_MS): TimeWindow[] {
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new RangeError('window bounds must be finite');
  if (!(maxMs >= SECOND_MS) || maxMs % SECOND_MS !== 0) throw new RangeError('chunk length must be a whole number of seconds');
  const s = Math.floor(start / SECOND_MS) * SECOND_MS;
  const e = Math.ceil(end / SECOND_MS) * SECOND_MS;
  const out: TimeWindow[] = [];
  for (let a = s; a < e; a += maxMs) out.push({ start: a, end: Math.min(a + maxMs, e) });
  return out;
}
