import { describe, expect, it } from 'vitest';
import { DAY_MS, chunkWindow, parseDexcomTime, parseDexcomTimeOrNull, toDexcomTime } from './time';

const t = (s: string) => Date.parse(s);

describe('Dexcom times', () => {
  it('formats query times as UTC without offset or fraction, flooring to the second', () => {
    expect(toDexcomTime(t('2025-02-06T09:12:35.999Z'))).toBe('2025-02-06T09:12:35');
    expect(toDexcomTime(t('2024-12-31T23:59:59Z'))).toBe('2024-12-31T23:59:59');
  });

  it('reads a record time without offset as UTC and honours an offset when present', () => {
    expect(parseDexcomTime('2021-06-01T01:10:08')).toBe(t('2021-06-01T01:10:08Z'));
    expect(parseDexcomTime('2021-06-01T01:10:08-05:00')).toBe(t('2021-06-01T06:10:08Z'));
    expect(parseDexcomTime('2021-06-01T01:10:08+0200')).toBe(t('2021-05-31T23:10:08Z'));
    expect(parseDexcomTime('2021-06-01T01:10:08.5Z')).toBe(t('2021-06-01T01:10:08.500Z'));
  });

  it('rejects what is not a date-time', () => {
    expect(parseDexcomTimeOrNull('2021-06-01')).toBeNull();
    expect(parseDexcomTimeOrNull('yesterday')).toBeNull();
    expect(parseDexcomTimeOrNull('2021-13-01T00:00:00')).toBeNull();
    expect(() => parseDexcomTime('')).toThrow('not an ISO 8601 date-time');
  });
});

describe('window chunking', () => {
  it('splits 90 days into three 30-day windows', () => {
    const s = t('2025-01-01T00:00:00Z');
    expect(chunkWindow(s, s + 90 * DAY_MS)).toEqual([
      { start: t('2025-01-01T00:00:00Z'), end: t('2025-01-31T00:00:00Z') },
      { start: t('2025-01-31T00:00:00Z'), end: t('2025-03-02T00:00:00Z') },
      { start: t('2025-03-02T00:00:00Z'), end: t('2025-04-01T00:00:00Z') },
    ]);
  });

  it('needs a fourth window for one second more than 90 days', () => {
    const s = t('2025-01-01T00:00:00Z');
    const w = chunkWindow(s, s + 90 * DAY_MS + 1000);
    expect(w).toHaveLength(4);
    expect(w[3]).toEqual({ start: t('2025-04-01T00:00:00Z'), end: t('2025-04-01T00:00:01Z') });
  });

  it('keeps a window of exactly 30 days whole and returns nothing for an empty one', () => {
    const s = t('2025-01-01T00:00:00Z');
    expect(chunkWindow(s, s + 30 * DAY_MS)).toHaveLength(1);
    expect(chunkWindow(s, s)).toEqual([]);
    expect(chunkWindow(s, s - 1)).toEqual([]);
  });

  it('widens fractional bounds to whole seconds so formatted bounds equal the real ones', () => {
    const w = chunkWindow(t('2025-01-01T00:00:00.400Z'), t('2025-01-01T06:00:00.200Z'));
    expect(w).toEqual([{ start: t('2025-01-01T00:00:00Z'), end: t('2025-01-01T06:00:01Z') }]);
  });

  it('covers any span contiguously with windows no longer than the limit', () => {
    const s = t('2024-02-27T13:14:15Z');
    for (const days of [1, 29, 30, 31, 59, 60, 61, 365]) {
      const e = s + days * DAY_MS + 7000;
      const w = chunkWindow(s, e);
      expect(w[0].start).toBe(s);
      expect(w[w.length - 1].end).toBe(e);
      expect(w.length).toBe(Math.ceil((e - s) / (30 * DAY_MS)));
      for (let i = 0; i < w.length; i++) {
        expect(w[i].end - w[i].start).toBeLessThanOrEqual(30 * DAY_MS);
        if (i > 0) expect(w[i].start).toBe(w[i - 1].end);
      }
    }
  });

  it('refuses a chunk length that is not whole seconds', () => {
    expect(() => chunkWindow(0, 10_000, 1500)).toThrow('whole number of seconds');
  });
});
