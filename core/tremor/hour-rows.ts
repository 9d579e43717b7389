/**
 * The rows of a tremor day's hour table (tremor.day `hours`, the Tremor screen's table and
 * axis, the printed report): one per wall-clock hour as the clock on the wall shows it,
 * however the clock moved that day.
 */
import type { Dose, TremorHourRow } from '../../api/tremor';
import { iso } from '../clock';
import { offsetMinAt, wallAt, type LocalClock } from '../local-clock';
import { TREMOR_MINUTE_PERCENT } from './analysis';

const MINUTE = 60_000;

/** A stored minute as the hour rows read it. */
export interface HourMinute {
  /** Start of the minute, epoch ms. */
  t: number;
  tremor_percent: number;
}

/** `UTC+01:00`, `UTC−05:00`, `UTC+10:30`. */
export function offsetName(offsetMin: number): string {
  const a = Math.abs(offsetMin);
  return `UTC${offsetMin >= 0 ? '+' : '\u2212'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The day [from, to) in rows, each one wall-clock hour on one offset: a row starts at the
 * day's midnight, wherever the clock shows hh:00, and wherever the offset changes, and is
 * labelled with the hour its clock shows ("02:00"), never the minute it starts at. So:
 * - a whole-hour change (New York) keeps one row per elapsed hour: the skipped hour has no
 *   row; the repeated hour has two, each labelled with its offset ("01:00 (UTC−04:00)").
 * - a 30-minute forward change (Lord Howe, 02:00 → 02:30) gives the hour it lands in a
 *   row of 30 minutes ("02:00", 02:30–03:00).
 * - a 30-minute backward change (Lord Howe, 02:00 → 01:30) gives the hour it repeats
 *   two rows as the one-hour case does: "01:00 (UTC+11:00)" of 60 minutes and
 *   "01:00 (UTC+10:30)" of 30 (the repeated 01:30–02:00), rather than one row of 90 minutes
 *   on two offsets, so every row's `utc_offset_min` (and the dose times read on it) is exact.
 * A minute or a dose belongs to the row its instant falls in. Rows are found minute by
 * minute (at most 1,500 a day, the zone's offsets cached by quarter hour).
 */
export function hourRows(clock: LocalClock, from: number, to: number, minutes: readonly HourMinute[], doses: readonly Dose[]): TremorHourRow[] {
  const starts: Array<{ t: number; offset: number }> = [];
  let prevOffset: number | null = null;
  for (let t = from; t < to; t += MINUTE) {
    const offset = offsetMinAt(clock, t);
    if (prevOffset === null || offset !== prevOffset || wallAt(clock, t).endsWith(':00')) starts.push({ t, offset });
    prevOffset = offset;
  }
  const hours: TremorHourRow[] = starts.map((s, index) => {
    const end = starts[index + 1]?.t ?? to;
    const inHour = minutes.filter((r) => r.t >= s.t && r.t < end);
    return {
      index, t: iso(s.t), label: `${wallAt(clock, s.t).slice(11, 13)}:00`, utc_offset_min: s.offset,
      minutes: Math.round((end - s.t) / MINUTE),
      recorded_minutes: inHour.length,
      tremor_minutes: inHour.filter((r) => r.tremor_percent >= TREMOR_MINUTE_PERCENT).length,
      tremor_percent: inHour.length ? r4(inHour.reduce((sum, r) => sum + r.tremor_percent, 0) / inHour.length) : null,
      doses: doses.filter((d) => Date.parse(d.t) >= s.t && Date.parse(d.t) < end).map((d) => d.id),
    };
  });
  const seen = new Map<string, number>();
  for (const h of hours) seen.set(h.label, (seen.get(h.label) ?? 0) + 1);
  for (const h of hours) if (seen.get(h.label)! > 1) h.label = `${h.label} (${offsetName(h.utc_offset_min)})`;
  return hours;
}
