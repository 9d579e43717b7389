import { describe, expect, it } from 'vitest';
import type { CryEpisode } from '../../../../api/baby';
import type { Alert } from '../../../../api/schemas';
import {
  MIN, alertName, bucketMinutes, clockName, daysWithData, duration, feverMs, groupAlerts, inRangeShare, localDayStart, localMinute, runs,
  summariseEpisodes, type Point,
} from './baby-report-data';

const T = Date.UTC(2026, 2, 10, 22, 30);
const pt = (t: number, v: number, count = 1): Point => ({ t, avg: v, min: v, max: v, count });
const episode = (start: number, endS: number | null, peak = 0.9): CryEpisode => ({
  id: `e${start}`, subject_id: 's', source: 'file', start: new Date(start).toISOString(), end: endS === null ? null : new Date(start + endS * 1000).toISOString(), peak, has_clip: false,
});
const alert = (kind: string, at: number, priority: Alert['priority'], metric: string | null = null): Alert => ({
  id: `${kind}${at}`, subject_id: 's', kind, metric, value: null, priority, state: 'open', message: '', raised_at: new Date(at).toISOString(), acknowledged_at: null, acknowledged_by: null, resolved_at: null,
});

describe('baby report arithmetic', () => {
  it('puts instants on the report clock, across midnight and with half-hour offsets', () => {
    expect(localMinute(T, { offsetMin: 60 })).toBe('2026-03-10 23:30');
    expect(localMinute(T, { offsetMin: 90 })).toBe('2026-03-11 00:00');
    expect(localDayStart(T, { offsetMin: 90 })).toBe(Date.UTC(2026, 2, 10, 22, 30));
    expect(localDayStart(T, { offsetMin: -300 })).toBe(Date.UTC(2026, 2, 10, 5));
    expect(clockName({ offsetMin: -330 })).toBe('clock UTC−05:30');
    expect(clockName({ offsetMin: 0 })).toBe('clock UTC+00:00');
    expect(daysWithData([T, T + 10 * MIN, T + 3 * 86_400_000], { offsetMin: 120 })).toEqual(['2026-03-11', '2026-03-14']);
  });

  it('puts instants in the report’s zone at their own offset, across a daylight-saving change', () => {
    const ny = { zone: 'America/New_York' };
    // 22:30 UTC on 10 March is 18:30 EDT (UTC−4), two days after the clocks went forward.
    expect(localMinute(T, ny)).toBe('2026-03-10 18:30');
    expect(localMinute(T - 4 * 86_400_000, ny)).toBe('2026-03-06 17:30');
    expect(localDayStart(T, ny)).toBe(Date.UTC(2026, 2, 10, 4));
    expect(localDayStart(T - 4 * 86_400_000, ny)).toBe(Date.UTC(2026, 2, 6, 5));
    expect(clockName(ny)).toBe('times in America/New_York');
  });

  it('writes durations as a parent reads them', () => {
    expect(duration(45_400)).toBe('45 s');
    expect(duration(185_000)).toBe('3 min 05 s');
    expect(duration(15 * MIN)).toBe('15 min');
    expect(duration(62 * MIN + 10_000)).toBe('1 h 02 min');
  });

  it('adds up episodes and finds the longest; an open one counts as nothing yet', () => {
    const s = summariseEpisodes([episode(T, 30), episode(T + MIN, 95.5), episode(T + 5 * MIN, null)]);
    expect(s).toMatchObject({ count: 3, totalMs: 125_500, open: 1 });
    expect(s.longest?.start).toBe(new Date(T + MIN).toISOString());
    // A tie goes to the earliest, whatever the order given.
    expect(summariseEpisodes([episode(T + 9 * MIN, 8), episode(T, 8), episode(T + 3 * MIN, 8)]).longest?.start).toBe(new Date(T).toISOString());
  });

  it('counts fever time reading by reading, each held until the next for at most 15 minutes', () => {
    const body = [pt(T, 37.2), pt(T + 10 * MIN, 38.2), pt(T + 12 * MIN, 38.0), pt(T + 60 * MIN, 37.9), pt(T + 70 * MIN, 38.5)];
    // 2 min (to the next) + 15 min (capped) + 0 (37.9) + 5 min (up to the end of the period).
    expect(feverMs(body, 38, T + 75 * MIN)).toBe(22 * MIN);
    expect(feverMs(body, 38.6, T + 75 * MIN)).toBe(0);
  });

  it('measures time in range over steps with readings, bounds inclusive', () => {
    expect(inRangeShare([pt(T, 16), pt(T + 5 * MIN, 22), pt(T + 10 * MIN, 22.1), pt(T + 15 * MIN, 15.9)], 16, 22)).toBe(0.5);
    expect(inRangeShare([], 16, 22)).toBeNull();
  });

  it('picks the finest bucket the timeseries procedure allows', () => {
    expect(bucketMinutes(7 * 86_400_000, 1, 50_000)).toBe(1);
    expect(bucketMinutes(60 * 86_400_000, 1, 50_000)).toBe(5);
    expect(bucketMinutes(7 * 86_400_000, 5, 30_000)).toBe(5);
    expect(bucketMinutes(3 * 365 * 86_400_000, 5, 30_000)).toBe(60);
  });

  it('groups alerts by kind, baby kinds first, with the highest priority and the first and last time', () => {
    const g = groupAlerts([
      alert('above_threshold', T, 'high', 'body_temperature'),
      alert('cry_episode', T + 2 * MIN, 'medium'),
      alert('cry_episode', T + MIN, 'low'),
      alert('may_be_ill', T + 3 * MIN, 'high'),
      alert('signal_loss', T, 'medium'),
    ]);
    expect(g.map((x) => [x.name, x.count, x.priority])).toEqual([
      ['May be ill (crying with a fever)', 1, 'high'],
      ['Crying', 2, 'medium'],
      ['Signal loss', 1, 'medium'],
      ['Threshold: body temperature too high', 1, 'high'],
    ]);
    expect(g[1]).toMatchObject({ first: T + MIN, last: T + 2 * MIN });
    expect(alertName('humidity_low', 'humidity')).toBe('Air too dry');
  });

  it('breaks a line where readings stop', () => {
    expect(runs([pt(0, 1), pt(MIN, 1), pt(40 * MIN, 1)], 30 * MIN).map((r) => r.length)).toEqual([2, 1]);
  });
});
