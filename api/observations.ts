import { z } from 'zod';

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * Milliseconds since the epoch of an ISO 8601 time with an offset (or Z), or NaN when it is
 * not one or names a moment that does not exist. `Date.parse` rolls 2026-02-30 over to
 * 2 March and reads other impossible fields loosely; here each field must be in its
 * calendar range: month 1–12, day within its month (leap years counted), hour 0–23, minute
 * and second 0–59, offset at most ±18:00.
 */
export function parseIsoStrict(s: string): number {
  const m = ISO_PARTS.exec(s);
  if (!m) return NaN;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) return NaN;
  if (hour! > 23 || minute! > 59 || second > 59) return NaN;
  if (m[8] !== undefined && (Number(m[8]) > 18 || Number(m[9]) > 59)) return NaN;
  return Date.parse(s);
}

/** ISO 8601 with an offset (or Z) on the way in, a real calendar moment; stored and returned as UTC `Z`. */
export const IsoTime = z.string().refine((s) => !Number.isNaN(parseIsoStrict(s)), {
  message: 'must be an ISO 8601 time with an offset, e.g. 2026-01-02T03:04:05Z',
});

/**
 * Plausible times for a reading or an event: none before this (the Unix epoch's decade
 * holds no home glucose meters, let alone Tend data)…
 */
export const EARLIEST_RECORD_MS = Date.UTC(1990, 0, 1);
/**
 * …and none more than this ahead of the install's clock: device clocks drift and zones get
 * mixed up, but a reading or a dose stamped beyond a day ahead is a wrong clock or a
 * typo (9999-12-31), refused as bad input rather than stored as the newest record.
 */
export const FUTURE_SLACK_MS = 24 * 60 * 60_000;

/**
 * An IANA time zone name this runtime knows (`Europe/Lisbon`, `UTC`), as Intl decides: an
 * unknown name would otherwise surface as a RangeError deep inside a computation.
 */
export function isIanaTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, checked. */
export const TimeZone = z.string().max(64).refine(isIanaTimeZone, { message: 'must be an IANA time zone such as Europe/Lisbon' });

/** One observation as a client (device driver, importer, UI) sends it. */
export const ObservationInput = z.object({
  /**
   * Client-made id (UUIDv7 preferred), unique within its subject only: makes retries and sync rounds idempotent.
   * Without one the reading's id is `<metric>@<t in ms>` (stored as nothing, migration 0021), so a second
   * reading of the same metric at the same instant without an id is a duplicate (a retry).
   */
  id: z.string().min(1).max(64).optional(),
  metric: z.string().min(1),
  t: IsoTime,
  value: z.number(),
  unit: z.string().optional(),
  device_id: z.string().optional(),
});
export type ObservationInput = z.infer<typeof ObservationInput>;

/** An observation as stored and returned: canonical unit, UTC time. */
export const Observation = z.object({
  id: z.string(),
  subject_id: z.string(),
  metric: z.string(),
  t: z.string(),
  value: z.number(),
  unit: z.string(),
  device_id: z.string().nullable(),
});
export type Observation = z.infer<typeof Observation>;

/**
 * Where drivers, importers and analysers hand observations to be stored. The core's
 * ingest service implements it (validation, unit conversion, idempotency, alerts);
 * pure code depends on this interface only.
 */
export interface ObservationSink {
  ingest(subjectId: string, items: ObservationInput[]): Promise<{ accepted: number; duplicates: number }>;
}
