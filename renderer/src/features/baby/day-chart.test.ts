import { afterEach, describe, expect, it } from 'vitest';
import { MIN_GAP_MS, timeLabel, timeTicks, withGaps } from './day-chart';
import { localDay, setDisplayZone } from '../../app/time-format';

const MIN = 60_000;

describe('withGaps', () => {
  it('breaks a minute series where it has no readings for more than 5 minutes, and nowhere else', () => {
    const pts = [0, 1, 2, 3, 40, 41, 42].map((m) => ({ t: m * MIN, v: m }));
    const out = withGaps(pts);
    expect(out.filter((p) => p.v === null)).toEqual([{ t: 21.5 * MIN, v: null }]);
    expect(out.filter((p) => p.v !== null)).toEqual(pts);
  });

  it('does not break a sensor that reports every 10 minutes, but does break its missing hour', () => {
    const pts = [0, 10, 20, 30, 100, 110, 120].map((m) => ({ t: m * MIN, v: 1 }));
    expect(withGaps(pts).filter((p) => p.v === null)).toHaveLength(1);
    expect(MIN_GAP_MS).toBe(5 * MIN);
  });
});

describe('timeTicks', () => {
  it.each([
    [10 * MIN],
    [45 * MIN],
    [3 * 3600_000],
    [13 * 3600_000],
    [25 * 3600_000],
  ])('over %i ms: at most 8 ticks, round times, labels that never repeat', (span) => {
    const from = new Date(2026, 2, 10, 6, 7, 31).getTime();
    const to = from + span;
    const ticks = timeTicks(from, to);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(8);
    for (const t of ticks) {
      expect(t).toBeGreaterThanOrEqual(from);
      expect(t).toBeLessThanOrEqual(to);
      expect(new Date(t).getSeconds()).toBe(0);
    }
    const labels = ticks.map((t) => timeLabel(t, from, to));
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('timeTicks in the screens\' zone', () => {
  afterEach(() => setDisplayZone(null));

  it('puts ticks on round clock times of the account\'s zone, not the computer\'s (UTC+05:30 here)', () => {
    setDisplayZone('Asia/Kolkata');
    const from = Date.UTC(2026, 2, 10, 0, 7, 31);
    const to = from + 13 * 3600_000;
    const ticks = timeTicks(from, to);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const step = ticks[1]! - ticks[0]!;
    // Every tick is a whole number of steps after Kolkata's midnight: 02:00, 04:00… there, not 05:30, 07:30.
    for (const t of ticks) expect((localDay(t).minute * 60_000) % step).toBe(0);
    expect(ticks.map((t) => timeLabel(t, from, to))).toContain('10:00');
  });
});

/**
 * Ticks on round wall-clock times across daylight-saving changes. Expected instants are worked
 * out here from the tz rules: New York EST UTC−5 / EDT UTC−4 (2026-03-08 02:00 → 03:00,
 * 2026-11-01 02:00 → 01:00); Lord Howe UTC+10:30 / UTC+11, moving 30 minutes (2026-04-05
 * 02:00 → 01:30, 2026-10-04 02:00 → 02:30); Adelaide UTC+9:30 / UTC+10:30, moving an hour
 * (2026-04-05 03:00 → 02:00, 2026-10-04 02:00 → 03:00).
 */
describe('timeTicks across a change of clocks, on the wall clock', () => {
  afterEach(() => setDisplayZone(null));
  const at = (s: string) => Date.parse(s);
  const iso = (ticks: number[]) => ticks.map((t) => new Date(t).toISOString().slice(0, 16));

  it.each([
    // New York, 2-hourly over the spring night: 02:00 does not exist; 04:00 EDT is 08:00Z.
    ['America/New_York', '2026-03-08T04:50Z', '2026-03-08T17:30Z', ['05:00', '08:00', '10:00', '12:00', '14:00', '16:00'], ['00:00', '04:00', '06:00', '08:00', '10:00', '12:00']],
    // New York, hourly over the autumn night: 01:00 once (EDT), then 02:00 EST.
    ['America/New_York', '2026-11-01T04:50Z', '2026-11-01T10:20Z', ['05:00', '07:00', '08:00', '09:00', '10:00'], ['01:00', '02:00', '03:00', '04:00', '05:00']],
    // New York, 2-hourly over the autumn night: 02:00 is on EST.
    ['America/New_York', '2026-11-01T03:50Z', '2026-11-01T16:30Z', ['04:00', '07:00', '09:00', '11:00', '13:00', '15:00'], ['00:00', '02:00', '04:00', '06:00', '08:00', '10:00']],
    // Lord Howe going back 30 minutes: 02:00 is on UTC+10:30 (15:30Z), not an hour after 01:00.
    ['Australia/Lord_Howe', '2026-04-04T13:10Z', '2026-04-04T19:40Z', ['14:00', '15:30', '16:30', '17:30', '18:30', '19:30'], ['01:00', '02:00', '03:00', '04:00', '05:00', '06:00']],
    // Half-hourly there: 01:30 comes twice (14:30Z, 15:00Z) and is ticked once.
    ['Australia/Lord_Howe', '2026-04-04T14:20Z', '2026-04-04T17:20Z', ['14:30', '15:30', '16:00', '16:30', '17:00'], ['01:30', '02:00', '02:30', '03:00', '03:30']],
    // Lord Howe going forward 30 minutes: the clock jumps from 02:00 to 02:30, so no 02:00; 03:00 is 16:00Z.
    ['Australia/Lord_Howe', '2026-10-03T13:40Z', '2026-10-03T20:10Z', ['14:30', '16:00', '17:00', '18:00', '19:00', '20:00'], ['01:00', '03:00', '04:00', '05:00', '06:00', '07:00']],
    // Adelaide (half-hour offset, whole-hour change) going back: 02:00 once, on UTC+10:30.
    ['Australia/Adelaide', '2026-04-04T13:20Z', '2026-04-05T02:30Z', ['13:30', '15:30', '18:30', '20:30', '22:30', '00:30', '02:30'], ['00:00', '02:00', '04:00', '06:00', '08:00', '10:00', '12:00']],
    // Adelaide going forward: 02:00 does not exist; 04:00 is on UTC+10:30.
    ['Australia/Adelaide', '2026-10-03T14:20Z', '2026-10-04T03:00Z', ['14:30', '17:30', '19:30', '21:30', '23:30', '01:30'], ['00:00', '04:00', '06:00', '08:00', '10:00', '12:00']],
  ])('%s from %s to %s: ticks at %j (UTC), labelled %j', (zone, from, to, utc, labels) => {
    setDisplayZone(zone);
    const ticks = timeTicks(at(from), at(to));
    expect(iso(ticks).map((s) => s.slice(11))).toEqual(utc);
    expect(ticks.map((t) => timeLabel(t, at(from), at(to)))).toEqual(labels);
  });

  it('over the whole 25-hour autumn day in New York: at most 8, 4-hourly on the clock, weekday labels', () => {
    setDisplayZone('America/New_York');
    const from = at('2026-11-01T04:00Z');
    const to = at('2026-11-02T05:00Z');
    const ticks = timeTicks(from, to);
    expect(ticks.map((t) => timeLabel(t, from, to))).toEqual(['Sun 00:00', 'Sun 04:00', 'Sun 08:00', 'Sun 12:00', 'Sun 16:00', 'Sun 20:00', 'Mon 00:00']);
  });

  const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720];
  it.each([
    ['America/New_York', '2026-03-08T07:00Z'], ['America/New_York', '2026-11-01T06:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T15:00Z'], ['Australia/Lord_Howe', '2026-10-03T15:30Z'],
    ['Australia/Adelaide', '2026-04-04T16:30Z'], ['Australia/Adelaide', '2026-10-03T16:30Z'],
  ])('%s around its change at %s: for any window, at most 8 ticks, each once, on multiples of the step', (zone, change) => {
    setDisplayZone(zone);
    for (const span of [10 * MIN, 45 * MIN, 3 * 3600_000, 13 * 3600_000, 25 * 3600_000]) {
      for (let from = at(change) - span - 20 * MIN; from <= at(change) + 20 * MIN; from += 7 * MIN + 13_000) {
        const to = from + span;
        const ticks = timeTicks(from, to);
        const what = `${new Date(from).toISOString()} + ${span / MIN} min`;
        expect(ticks.length, what).toBeGreaterThanOrEqual(2);
        expect(ticks.length, what).toBeLessThanOrEqual(8);
        for (const t of ticks) expect(t >= from && t <= to && t % MIN === 0, what).toBe(true);
        const labels = ticks.map((t) => timeLabel(t, from, to));
        expect(new Set(labels).size, what).toBe(labels.length);
        // Every tick's wall-clock minute is a multiple of the step the span calls for.
        const step = STEPS.find((s) => span / MIN / s <= 8)!;
        expect(ticks.map((t) => localDay(t).minute % step), what).toEqual(ticks.map(() => 0));
      }
    }
  });
});
