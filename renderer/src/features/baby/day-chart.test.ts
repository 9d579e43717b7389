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
