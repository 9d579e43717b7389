import { describe, expect, it } from 'vitest';
import { clockOn, clockParams, instantAt } from './format';

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
