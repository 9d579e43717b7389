import { localToUtcMs } from './zoned-time';

/**
 * Parses an ISO 8601 date-time. With an offset (`Z`, `+01:00` or `+0100`) it is exact;
 * without one it is a wall-clock time in `zone` (see zoned-time.ts for DST rules), or
 * NaN when `zone` is undefined (the caller requires an offset). Returns epoch ms.
 */
export function parseIsoTime(s: string, zone?: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, sec, frac, off] = m;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec ?? 0)] as const;
  if (!validFields(...fields)) return NaN;
  if (off) {
    const wall = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5], ms);
    if (off.toUpperCase() === 'Z') return wall;
    const sign = off[0] === '-' ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const offMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
    return wall - sign * offMin * 60_000;
  }
  if (zone === undefined) return NaN;
  return localToUtcMs(zone, ...fields, ms);
}

/** True when the fields name a real calendar date and time (no 31 February, no 25:00). */
export function validFields(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
