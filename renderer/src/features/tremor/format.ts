/** Shared helpers of the tremor screens and the tremor report. */

import type { TremorDayOutput } from '../../../../api/tremor';
import { localDay, zoneOffsetMin } from '../../app/time-format';

/** Today's date "YYYY-MM-DD" in the screens' zone (the account's saved zone, else this computer's). */
export const todayInDisplayZone = (): string => localDay(Date.now()).key;

/**
 * The clock tremor times are read on: an IANA zone (each instant at its own offset), or a
 * fixed offset east of UTC for a report asked for one (the shape of reports' ReportClock).
 */
export type TremorClock = { zone: string } | { offsetMin: number };

/** Minutes east of UTC on `clock` at the instant `ms`. */
export const offsetOn = (clock: TremorClock, ms: number): number => ('zone' in clock ? zoneOffsetMin(clock.zone, ms) : clock.offsetMin);

/** What the tremor procedures take for `clock`: `time_zone`, or a fixed `utc_offset_min`. */
export const clockParams = (clock: TremorClock): { time_zone: string } | { utc_offset_min: number } => ('zone' in clock ? { time_zone: clock.zone } : { utc_offset_min: clock.offsetMin });

/** HH:MM of an instant on `clock`, at that instant's own offset. */
export function clockOn(clock: TremorClock, iso: string | number): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  return clockAt(ms, offsetOn(clock, ms));
}

/**
 * The instant of the wall-clock time "HH:MM" on the local day "YYYY-MM-DD" in `zone`, at
 * that time's own offset (03:30 on the day the clocks go forward is 03:30 summer time). A
 * repeated time reads as its first occurrence; a skipped one at the offset before the change.
 */
export function instantAt(zone: string, date: string, time: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const before = wall - zoneOffsetMin(zone, wall - 86_400_000) * 60_000;
  const after = wall - zoneOffsetMin(zone, wall + 86_400_000) * 60_000;
  // Of the readings with the offsets either side of the day, those that read back as `time`; the earliest.
  const fits = [before, after].filter((t) => clockAt(t, zoneOffsetMin(zone, t)) === time).sort((a, b) => a - b);
  return fits[0] ?? before;
}

/** HH:MM of an instant on a clock `offsetMin` east of UTC. */
export function clockAt(iso: string | number, offsetMin: number): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  return new Date(ms + offsetMin * 60_000).toISOString().slice(11, 16);
}

/**
 * Heat-strip colours by tremor percent of the minute: a calm green for a recorded minute
 * without tremor, then a yellow–red sequential scale (ColorBrewer YlOrRd, ordered in
 * lightness so it reads in grey print and for common colour-vision deficiencies).
 */
export const TREMOR_BINS = [
  { max: 0, colour: '#cfe8cf', label: 'no tremor' },
  { max: 25, colour: '#fed976', label: '1–25 %' },
  { max: 50, colour: '#fd8d3c', label: '25–50 %' },
  { max: 75, colour: '#e31a1c', label: '50–75 %' },
  { max: 100, colour: '#800026', label: '75–100 %' },
] as const;

export function tremorColour(percent: number): string {
  for (const b of TREMOR_BINS) if (percent <= b.max) return b.colour;
  return TREMOR_BINS[TREMOR_BINS.length - 1].colour;
}

export const pct = (v: number | null | undefined, digits = 0): string => (v === null || v === undefined ? '—' : `${v.toFixed(digits)} %`);
export const signedPct = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v * 100).toFixed(0)} %`);
export const hz = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${v.toFixed(1)} Hz`);
export const minutes = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v >= 90 ? `${Math.floor(v / 60)} h ${String(Math.round(v % 60)).padStart(2, '0')} min` : `${Math.round(v)} min`);

/**
 * The heat strip's axis ticks, `minute` counted from the day's midnight in elapsed time (the
 * strip's x): every three wall-clock hours where the wall clock shows them (the first of a
 * repeated hour), placed at the row's own instant, since after a 30-minute change the rows
 * are no longer 60 minutes apart; then the day's end.
 */
export function stripTicks(day: Pick<TremorDayOutput, 'from' | 'minutes_in_day' | 'hours'>): Array<{ minute: number; text: string }> {
  const from = Date.parse(day.from);
  return day.hours
    .filter((h, i) => Number(h.label.slice(0, 2)) % 3 === 0 && !day.hours.slice(0, i).some((e) => e.label.slice(0, 5) === h.label.slice(0, 5)))
    .map((h) => ({ minute: Math.round((Date.parse(h.t) - from) / 60_000), text: h.label.slice(0, 5) }))
    .concat([{ minute: day.minutes_in_day, text: '24:00' }]);
}
