import { describe, expect, it } from 'vitest';
import type { TremorHourRow } from '../../../../api/tremor';
import { clockOn, clockParams, instantAt, stripTicks } from './format';

// New York: EST (UTC−5) until 2026-03-08 02:00, EDT (UTC−4) until 2026-11-01 02:00, then EST.
const NY = 'America/New_York';
const at = (date: string, time: string) => new Date(instantAt(NY, date, time)).toISOString();

describe('tremor times on the account’s clock', () => {
  it('reads a wall-clock time on a day the clocks change at that time’s own offset', () => {
    expect(at('2026-03-08', '01:30')).toBe('2026-03-08T06:30:00.000Z');
    expect(at('2026-03-08', '03:30')).toBe('2026-03-08T07:30:00.000Z');
    // 02:30 never happens that night: read at the offset before the change (03:30 EDT).
    expect(at('2026-03-08', '02:30')).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 1 November: the first (EDT).
    expect(at('2026-11-01', '01:30')).toBe('2026-11-01T05:30:00.000Z');
    expect(at('2026-11-01', '12:00')).toBe('2026-11-01T17:00:00.000Z');
    expect(at('2026-07-01', '08:00')).toBe('2026-07-01T12:00:00.000Z');
  });

  it('shows each instant at its own offset in a zone, at the one offset of a fixed clock', () => {
    expect(clockOn({ zone: NY }, '2026-11-01T05:30:00Z')).toBe('01:30');
    expect(clockOn({ zone: NY }, '2026-11-01T06:30:00Z')).toBe('01:30');
    expect(clockOn({ zone: NY }, '2026-03-08T07:05:00Z')).toBe('03:05');
    expect(clockOn({ offsetMin: -300 }, '2026-03-08T07:05:00Z')).toBe('02:05');
    expect(clockParams({ zone: NY })).toEqual({ time_zone: NY });
    expect(clockParams({ offsetMin: 60 })).toEqual({ utc_offset_min: 60 });
  });
});

describe('the heat strip’s axis ticks', () => {
  const row = (index: number, t: string, label: string, offset: number, minutes = 60): TremorHourRow => ({
    index, t, label, utc_offset_min: offset, minutes, recorded_minutes: 0, tremor_minutes: 0, tremor_percent: null, doses: [],
  });

  it('sits each tick at its hour’s own instant on Lord Howe’s 1,470-minute day (the repeated half hour moves 03:00 to minute 210, not 240)', () => {
    // 2026-04-05 on Lord Howe: 00:00 UTC+11 is 13:00Z on the 4th; at 15:00Z the clock goes from 02:00 back to 01:30 (UTC+10:30).
    const hours = [
      row(0, '2026-04-04T13:00:00.000Z', '00:00', 660), row(1, '2026-04-04T14:00:00.000Z', '01:00 (UTC+11:00)', 660),
      row(2, '2026-04-04T15:00:00.000Z', '01:00 (UTC+10:30)', 630, 30),
      ...Array.from({ length: 22 }, (_, i) => row(3 + i, new Date(Date.parse('2026-04-04T15:30:00Z') + i * 3600_000).toISOString(), `${String(2 + i).padStart(2, '0')}:00`, 630)),
    ];
    const ticks = stripTicks({ from: '2026-04-04T13:00:00.000Z', minutes_in_day: 1470, hours });
    expect(ticks).toEqual([
      { minute: 0, text: '00:00' }, { minute: 210, text: '03:00' }, { minute: 390, text: '06:00' }, { minute: 570, text: '09:00' }, { minute: 750, text: '12:00' },
      { minute: 930, text: '15:00' }, { minute: 1110, text: '18:00' }, { minute: 1290, text: '21:00' }, { minute: 1470, text: '24:00' },
    ]);
  });

  it('ticks a repeated whole hour once, at its first instant (New York, 2026-11-01)', () => {
    const hours = [row(0, '2026-11-01T04:00:00.000Z', '00:00', -240), row(1, '2026-11-01T05:00:00.000Z', '01:00 (UTC−04:00)', -240), row(2, '2026-11-01T06:00:00.000Z', '01:00 (UTC−05:00)', -300),
      ...Array.from({ length: 22 }, (_, i) => row(3 + i, new Date(Date.parse('2026-11-01T07:00:00Z') + i * 3600_000).toISOString(), `${String(2 + i).padStart(2, '0')}:00`, -300))];
    const ticks = stripTicks({ from: '2026-11-01T04:00:00.000Z', minutes_in_day: 1500, hours });
    expect(ticks.map((k) => [k.minute, k.text])).toEqual([[0, '00:00'], [240, '03:00'], [420, '06:00'], [600, '09:00'], [780, '12:00'], [960, '15:00'], [1140, '18:00'], [1320, '21:00'], [1500, '24:00']]);
  });
});
