/** Shared helpers of the tremor screens and the tremor report. */

import { displayOffsetMin, endOfDay, localDay } from '../../app/time-format';

/** Today's date "YYYY-MM-DD" in the screens' zone (the account's saved zone, else this computer's). */
export const todayInDisplayZone = (): string => localDay(Date.now()).key;

/**
 * Minutes east of UTC of the screens' zone on the calendar day `date` (what `tremor.day`
 * calls utc_offset_min), taken at that day's noon so a day with a DST change gets the
 * offset of most of its hours rather than today's.
 */
export const offsetForDay = (date: string): number => displayOffsetMin(endOfDay(date) - 12 * 3_600_000);

/** YYYY-MM-DD of an instant on a clock `offsetMin` east of UTC. */
export function dateAt(ms: number, offsetMin: number): string {
  return new Date(ms + offsetMin * 60_000).toISOString().slice(0, 10);
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
